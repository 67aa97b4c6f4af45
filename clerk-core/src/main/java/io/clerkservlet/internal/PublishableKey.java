package io.clerkservlet.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A parsed Clerk publishable key: {@code pk_test_}/{@code pk_live_} + base64({@code <frontendApi>$}). */
public final class PublishableKey {
  private final String key;
  private final String frontendApi;
  private final boolean production;

  private PublishableKey(String key, String frontendApi, boolean production) {
    this.key = key;
    this.frontendApi = frontendApi;
    this.production = production;
  }

  /**
   * Parses a key the way {@code @clerk/backend}'s {@code parsePublishableKey} does.
   *
   * @throws IllegalArgumentException "publishableKey is not a valid Clerk publishable key"
   */
  public static PublishableKey parse(String key) {
    boolean live = key != null && key.startsWith("pk_live_");
    if (key == null || !(live || key.startsWith("pk_test_"))) {
      throw invalid();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(padded(key.substring(8))), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!decoded.endsWith("$") || decoded.endsWith("$$") || decoded.indexOf('.') < 0) {
      throw invalid();
    }
    return new PublishableKey(key, decoded.substring(0, decoded.length() - 1), live);
  }

  private static String padded(String base64) {
    int rem = base64.length() % 4;
    return rem == 0 ? base64 : base64 + "====".substring(rem);
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("publishableKey is not a valid Clerk publishable key");
  }

  /** The key as given. */
  public String key() {
    return key;
  }

  /** The Frontend API host the key encodes, for example {@code clerk.example.com}. */
  public String frontendApi() {
    return frontendApi;
  }

  /**
   * The Frontend API as {@code parsePublishableKey(key, {proxyUrl, domain, isSatellite})} gives
   * it: {@code proxyUrl} when set, else {@code clerk.<domain>} for a production satellite with a
   * domain, else the key's own.
   *
   * @param proxyUrl an absolute proxy URL, or null
   * @param domain the configured domain, or null
   */
  public String frontendApi(String proxyUrl, String domain, boolean satellite) {
    if (proxyUrl != null && !proxyUrl.isEmpty()) {
      return proxyUrl;
    }
    return production && satellite && domain != null && !domain.isEmpty() ? "clerk." + domain : frontendApi;
  }

  /** True for {@code pk_live_} keys. */
  public boolean isProduction() {
    return production;
  }
}
