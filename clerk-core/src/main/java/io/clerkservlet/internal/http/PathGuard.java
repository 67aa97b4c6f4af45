package io.clerkservlet.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Guards resource ids placed in URL paths: an id must be non-empty, must not contain a path
 * separator, and must not become a {@code .} or {@code ..} segment after any number of
 * percent-decoding rounds (the {@code @clerk/backend} {@code joinPaths} guard, made stricter).
 */
public final class PathGuard {
  /** Message for an empty or null id (as in {@code @clerk/backend}). */
  public static final String MISSING_ID = "A valid resource ID is required.";
  /** Message for an id that could escape its path segment. */
  public static final String UNSAFE_ID = "Resource ID must not contain path traversal segments or separators.";

  private static final int MAX_DECODE_ROUNDS = 10;

  private PathGuard() {
  }

  /**
   * Returns the id percent-encoded as one path segment.
   *
   * @throws IllegalArgumentException when the id is empty or unsafe
   */
  public static String segment(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException(MISSING_ID);
    }
    String decoded = id;
    for (int round = 0; round <= MAX_DECODE_ROUNDS; round++) {
      checkDecoded(decoded);
      String next = percentDecode(decoded);
      if (next.equals(decoded)) {
        return encode(id);
      }
      decoded = next;
    }
    throw new IllegalArgumentException(UNSAFE_ID);
  }

  private static void checkDecoded(String value) {
    if (value.equals(".") || value.equals("..") || value.indexOf('/') >= 0
        || value.indexOf('\\') >= 0 || value.trim().isEmpty()) {
      throw new IllegalArgumentException(UNSAFE_ID);
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < 0x20 || value.charAt(i) == 0x7f) {
        throw new IllegalArgumentException(UNSAFE_ID);
      }
    }
  }

  private static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int hi = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
      int lo = i + 2 < bytes.length ? Character.digit(bytes[i + 2], 16) : -1;
      if (bytes[i] == '%' && hi >= 0 && lo >= 0) {
        out.write((hi << 4) | lo);
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters. */
  static String encode(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
