package io.clerkservlet.internal.request;

import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code application/x-www-form-urlencoded} as the WHATWG {@code URLSearchParams} reads and writes
 * it: {@code +} is a space, invalid percent sequences stay as they are, serialization encodes every
 * byte but {@code *-._} and ASCII letters and digits, with a space as {@code +}.
 */
final class FormQuery {
  private FormQuery() {
  }

  /** The name/value pairs of a raw query (without {@code ?}); null gives none. */
  static List<String[]> parse(String rawQuery) {
    List<String[]> pairs = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return pairs;
    }
    for (String part : rawQuery.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new String[] {decode(name), decode(value)});
    }
    return pairs;
  }

  /** The serialization of the pairs, or null when there are none (the URL then has no query). */
  static String serialize(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String[] pair : pairs) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(encode(pair[0])).append('=').append(encode(pair[1]));
    }
    return sb.toString();
  }

  /** One name or value, form-encoded. */
  static String encode(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Form-decodes: {@code +} to space, then percent-decoding that keeps invalid sequences. */
  static String decode(String value) {
    String s = value.replace('+', ' ');
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      int hi = i + 2 < s.length() && s.charAt(i) == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        bytes.write(hi << 4 | lo);
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i += Character.charCount(cp);
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
