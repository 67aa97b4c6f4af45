package io.clerkservlet.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a {@code Cookie} header as RFC 6265 and the {@code cookie} npm package do: pairs split on
 * {@code ;}, name and value split on the first {@code =}, surrounding quotes removed, the value
 * percent-decoded (kept raw when that fails), first value wins. Splitting happens before decoding,
 * so an encoded {@code ;} or {@code =} cannot forge a cookie.
 */
public final class Cookies {
  private Cookies() {
  }

  /** The cookies of a header value (null gives none). */
  public static Map<String, String> parse(String header) {
    if (header == null || header.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : header.split(";")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = pair.substring(0, eq).trim();
      if (name.isEmpty() || out.containsKey(name)) {
        continue;
      }
      String value = pair.substring(eq + 1).trim();
      if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
        value = value.substring(1, value.length() - 1);
      }
      out.put(name, decode(value));
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@code decodeURIComponent}, or the input unchanged when it is not valid percent-encoded UTF-8. */
  public static String decode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%') {
        if (i + 2 >= value.length()) {
          return value;
        }
        int hi = Character.digit(value.charAt(i + 1), 16);
        int lo = Character.digit(value.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return value;
        }
        bytes.write((hi << 4) | lo);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return Utf8.decodeStrict(bytes.toByteArray(), value);
  }
}
