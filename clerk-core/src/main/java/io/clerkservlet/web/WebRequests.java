package io.clerkservlet.web;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

  /**
   * The same request read in place: the headers from the container when asked for, the URL built
   * (with the same tolerance) only when a decision needs it.
   */
  static ClerkRequest toClerkRequest(String method, RequestHeaders headers, String queryString,
      Supplier<String> requestUrl) {
    if (method == null || method.isEmpty()) {
      return copy("GET", FALLBACK_URL, headers);
    }
    boolean hasQuery = queryString != null && !queryString.isEmpty();
    return ClerkRequest.of(method, headers, hasQuery, () -> tolerantUri(requestUrl.get(), queryString));
  }

  /** What {@link #toClerkRequest(String, String, String, Map)} makes of the URL, as a URI. */
  private static URI tolerantUri(String requestUrl, String queryString) {
    String url = requestUrl == null ? FALLBACK_URL : requestUrl;
    if (queryString != null && !queryString.isEmpty()) {
      url = url + "?" + queryString;
    }
    try {
      URI uri = new URI(encodeIllegal(url));
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // as the builder: an unparseable URL becomes the fallback
    }
    return URI.create(FALLBACK_URL);
  }

  private static ClerkRequest copy(String method, String url, RequestHeaders headers) {
    ClerkRequest.Builder b = ClerkRequest.builder(method, url);
    Enumeration<String> names = headers.getHeaderNames();
    while (names != null && names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = headers.getHeaders(name);
      while (values != null && values.hasMoreElements()) {
        b.header(name, values.nextElement());
      }
    }
    return b.build();
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
