package io.clerkservlet.internal;

/** Renders secrets and tokens for logs and {@code toString()} without revealing them. */
public final class Redaction {
  private Redaction() {
  }

  /** {@code null}, or {@code "[redacted]"}: never any character of the secret. */
  public static String secret(String value) {
    return value == null ? "null" : "[redacted]";
  }

  /** A URL with its user info (which may hold a password) replaced by {@code [redacted]}; null stays null. */
  public static String userInfo(String url) {
    return url == null ? null : url.replaceFirst("//[^/?#]*@", "//[redacted]@");
  }
}
