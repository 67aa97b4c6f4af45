package io.clerkservlet.web;

import io.clerkservlet.ClerkRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Copies servlet request parts into a {@link ClerkRequest}, tolerating URLs {@code java.net.URI} rejects. */
final class WebRequests {
  private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      + "-._~:/?#[]@!$&'()*+,;=%";
  private static final String FALLBACK_URL = "http://localhost/";

  private WebRequests() {
  }

  static ClerkRequest toClerkRequest(String method, String requestUrl, String queryString,
      Map<String, List<String>> headers) {
    String url = requestUrl == null ? FALLBACK_URL : requestUrl;
    if (queryString != null && !queryString.isEmpty()) {
      url = url + "?" + queryString;
    }
    try {
      return build(method, encodeIllegal(url), headers);
    } catch (IllegalArgumentException e) {
      return build(method == null || method.isEmpty() ? "GET" : method, FALLBACK_URL, headers);
    }
  }

  private static ClerkRequest build(String method, String url, Map<String, List<String>> headers) {
    ClerkRequest.Builder b = ClerkRequest.builder(method, url);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String value : e.getValue()) {
        b.header(e.getKey(), value);
      }
    }
    return b.build();
  }

  /** Percent-encodes (UTF-8) every character a URI may not contain, such as spaces, {@code |} or non-ASCII. */
  static String encodeIllegal(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (ALLOWED.indexOf(c) >= 0 && (c != '%' || isEscape(url, i))) {
        out.append(c);
        continue;
      }
      int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
      for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
      i = end - 1;
    }
    return out.toString();
  }

  private static boolean isEscape(String url, int i) {
    return i + 2 < url.length() && Character.digit(url.charAt(i + 1), 16) >= 0
        && Character.digit(url.charAt(i + 2), 16) >= 0;
  }
}
