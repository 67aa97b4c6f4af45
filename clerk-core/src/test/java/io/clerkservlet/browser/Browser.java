package io.clerkservlet.browser;

import io.clerkservlet.ClerkRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the requests a browser sends: page navigations, fetches and form posts, with cookies. */
final class Browser {
  private final String method;
  private final String url;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Browser(String method, String url) {
    this.method = method;
    this.url = url;
  }

  /** A top-level page load: GET with {@code sec-fetch-dest: document}. */
  static Browser page(String url) {
    return new Browser("GET", url).header("sec-fetch-dest", "document").header("accept", "text/html");
  }

  /** A script's fetch: GET with {@code sec-fetch-dest: empty}. */
  static Browser fetch(String url) {
    return new Browser("GET", url).header("sec-fetch-dest", "empty").header("accept", "*/*");
  }

  /** Any method, no browser headers. */
  static Browser request(String method, String url) {
    return new Browser(method, url);
  }

  Browser cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  Browser header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Browser withoutHeader(String name) {
    headers.remove(name);
    return this;
  }

  ClerkRequest build() {
    ClerkRequest.Builder b = ClerkRequest.builder(method, url);
    headers.forEach(b::header);
    if (!cookies.isEmpty()) {
      StringJoiner joined = new StringJoiner("; ");
      cookies.forEach((k, v) -> joined.add(k + "=" + v));
      b.header("cookie", joined.toString());
    }
    return b.build();
  }

  /** The one value of a header of a state, or null. */
  static String header(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
