package io.clerkservlet.internal;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a {@code Cookie} header exactly as the {@code cookie} 1.1.1 parser that
 * {@code @clerk/backend} 3.25 bundles: pairs end at {@code ;}, a pair without {@code =} is skipped,
 * name and value split on the first {@code =}, spaces and tabs (only) trimmed from both, the value
 * kept as sent (double quotes included: a quoted value is not unquoted), then percent-decoded as
 * {@code decodeURIComponent} when it contains {@code %} (kept raw when that fails); the first value
 * of a name wins, an empty name included. Splitting happens before decoding, so an encoded
 * {@code ;} or {@code =} cannot forge a cookie.
 */
public final class Cookies {
  private Cookies() {
  }

  /** The cookies of a header value (null gives none). */
  public static Map<String, String> parse(String header) {
    if (header == null || header.length() < 2) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<>();
    int length = header.length();
    int index = 0;
    do {
      int eq = header.indexOf('=', index);
      if (eq < 0) {
        break;
      }
      int semicolon = header.indexOf(';', index);
      int end = semicolon < 0 ? length : semicolon;
      if (eq > end) {
        index = header.lastIndexOf(';', eq - 1) + 1;
        continue;
      }
      String name = trimmed(header, index, eq);
      if (!out.containsKey(name)) {
        out.put(name, decode(trimmed(header, eq + 1, end)));
      }
      index = end + 1;
    } while (index < length);
    return Collections.unmodifiableMap(out);
  }

  /**
   * The decoded value of the first cookie named {@code name} in a header value, or null: the same
   * answer as {@code parse(header).get(name)}, found without building the map (only the value found
   * is copied).
   */
  public static String first(String header, String name) {
    if (header == null || header.length() < 2) {
      return null;
    }
    int length = header.length();
    int index = 0;
    do {
      int eq = header.indexOf('=', index);
      if (eq < 0) {
        return null;
      }
      int semicolon = header.indexOf(';', index);
      int end = semicolon < 0 ? length : semicolon;
      if (eq > end) {
        index = header.lastIndexOf(';', eq - 1) + 1;
        continue;
      }
      if (trimmedEquals(header, index, eq, name)) {
        return decode(trimmed(header, eq + 1, end));
      }
      index = end + 1;
    } while (index < length);
    return null;
  }

  private static boolean trimmedEquals(String text, int from, int to, String name) {
    int start = from;
    int end = to;
    while (start < end && isSpaceOrTab(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceOrTab(text.charAt(end - 1))) {
      end--;
    }
    return end - start == name.length() && text.regionMatches(start, name, 0, name.length());
  }

  /** {@code text[from, to)} without leading and trailing spaces and tabs. */
  private static String trimmed(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isSpaceOrTab(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceOrTab(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * {@code decodeURIComponent}: each run of {@code %XX} escapes (ASCII hex digits) must be strict
   * UTF-8 and every other character is kept; the input unchanged when any of that fails.
   */
  public static String decode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    int i = 0;
    while (i < value.length()) {
      if (value.charAt(i) != '%') {
        out.append(value.charAt(i++));
        continue;
      }
      run.reset();
      while (i < value.length() && value.charAt(i) == '%') {
        int hi = i + 2 < value.length() ? hexValue(value.charAt(i + 1)) : -1;
        int lo = hi < 0 ? -1 : hexValue(value.charAt(i + 2));
        if (lo < 0) {
          return value;
        }
        run.write(hi << 4 | lo);
        i += 3;
      }
      CharBuffer decoded = Utf8.decodeStrict(run.toByteArray());
      if (decoded == null) {
        return value;
      }
      out.append(decoded);
    }
    return out.toString();
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
