package io.clerkservlet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, from the build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {
  }

  /** For example {@code 0.1.0}; {@code unknown} when the build did not stamp it. */
  public static String get() {
    return VERSION;
  }

  /** The {@code User-Agent} sent to Clerk: {@code clerk-servlet/<version>}. */
  public static String userAgent() {
    return "clerk-servlet/" + VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
