package io.clerkservlet;

import io.clerkservlet.internal.Cookies;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of an HTTP request that authentication reads: method, absolute URL, headers
 * (case-insensitive) and cookies. Servlet filters and other frameworks adapt their requests to it;
 * tests build it directly.
 *
 * <pre>{@code
 * ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/api/me")
 *     .header("Authorization", "Bearer " + token)
 *     .build();
 * }</pre>
 */
public final class ClerkRequest {
  private final String method;
  private final URI url;
  private final Map<String, List<String>> headers;
  private volatile Map<String, String> cookies;

  private ClerkRequest(Builder b, URI url) {
    this.method = b.method;
    this.url = url;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : b.headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(copy);
  }

  /** A builder for a request with this method and absolute URL. */
  public static Builder builder(String method, String url) {
    return new Builder(method, url);
  }

  /** The method, upper case. */
  public String getMethod() {
    return method;
  }

  /** The absolute URL as received (before proxy headers are applied). */
  public URI getUrl() {
    return url;
  }

  /** Every value of a header, in order; empty when absent. */
  public List<String> getHeaders(String name) {
    List<String> values = headers.get(name);
    return values == null ? Collections.<String>emptyList() : values;
  }

  /** A header's values joined with {@code ", "} (as the Fetch API does), or null when absent. */
  public String getHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : String.join(", ", values);
  }

  /** The header names. */
  public Set<String> getHeaderNames() {
    return headers.keySet();
  }

  /** A cookie's decoded value (first one wins), or null. */
  public String getCookie(String name) {
    return getCookies().get(name);
  }

  /** All cookies, decoded, parsed from every {@code Cookie} header. */
  public Map<String, String> getCookies() {
    Map<String, String> parsed = cookies;
    if (parsed == null) {
      List<String> values = getHeaders("cookie");
      parsed = Cookies.parse(values.isEmpty() ? null : String.join("; ", values));
      cookies = parsed;
    }
    return parsed;
  }

  @Override
  public String toString() {
    return "ClerkRequest{" + method + " " + url.getRawPath() + "}";
  }

  /** Builds a {@link ClerkRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private Builder(String method, String url) {
      this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
      this.url = url;
    }

    /** Adds a header value (repeat for several values). */
    public Builder header(String name, String value) {
      if (name != null && value != null) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "method is required" or "url must be an absolute http(s) URL"
     */
    public ClerkRequest build() {
      if (method == null || method.isEmpty()) {
        throw new IllegalArgumentException("method is required");
      }
      try {
        URI uri = new URI(url);
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
          throw new IllegalArgumentException("url must be an absolute http(s) URL");
        }
        return new ClerkRequest(this, uri);
      } catch (URISyntaxException | NullPointerException e) {
        throw new IllegalArgumentException("url must be an absolute http(s) URL", e);
      }
    }
  }
}
