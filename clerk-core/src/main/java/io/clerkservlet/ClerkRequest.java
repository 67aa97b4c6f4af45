package io.clerkservlet;

import io.clerkservlet.internal.Cookies;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

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
 *
 * <p>An adapter that must not copy (a servlet filter on every request) uses
 * {@link #of(String, RequestHeaders, boolean, Supplier)}: headers are then read from the container
 * when asked for, and the URL is built only when a decision needs it.
 */
public final class ClerkRequest {
  private final String method;
  /** Copied headers (builder), or null when {@link #view} is read instead. */
  private final Map<String, List<String>> headers;
  private final RequestHeaders view;
  private final Supplier<URI> urlSource;
  private final boolean hasQuery;
  private volatile URI url;
  private volatile Map<String, String> cookies;
  /** The joined Cookie header (written before {@link #cookieHeaderRead}); recomputing it is harmless. */
  private volatile String cookieHeader;
  private volatile boolean cookieHeaderRead;

  private ClerkRequest(Builder b, URI url) {
    this.method = b.method;
    this.url = url;
    this.urlSource = null;
    this.view = null;
    this.hasQuery = url.getRawQuery() != null;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : b.headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(copy);
  }

  private ClerkRequest(String method, RequestHeaders view, boolean hasQuery, Supplier<URI> urlSource) {
    this.method = method;
    this.headers = null;
    this.view = view;
    this.hasQuery = hasQuery;
    this.urlSource = urlSource;
  }

  /** A builder for a request with this method and absolute URL. */
  public static Builder builder(String method, String url) {
    return new Builder(method, url);
  }

  /**
   * A request read in place: {@code headers} are asked for by name when needed (nothing is copied)
   * and {@code url} is called at most once, the first time the URL is needed.
   *
   * @param method the method (upper-cased here)
   * @param headers the container's headers, read while the request is being authenticated
   * @param hasQuery whether the URL has a query ({@code ?…}); false lets a request without one be
   *     authenticated without building its URL
   * @param url gives the absolute http(s) URL; it must not fail
   * @throws IllegalArgumentException "method is required" when the method is null or empty, or
   *     when {@code headers} or {@code url} is null
   */
  public static ClerkRequest of(String method, RequestHeaders headers, boolean hasQuery, Supplier<URI> url) {
    if (method == null || method.isEmpty()) {
      throw new IllegalArgumentException("method is required");
    }
    if (headers == null || url == null) {
      throw new IllegalArgumentException("headers and url are required");
    }
    return new ClerkRequest(method.toUpperCase(Locale.ROOT), headers, hasQuery, url);
  }

  /** The method, upper case. */
  public String getMethod() {
    return method;
  }

  /** The absolute URL as received (before proxy headers are applied). */
  public URI getUrl() {
    URI u = url;
    if (u == null) {
      u = urlSource.get();
      url = u;
    }
    return u;
  }

  /** True when the URL has a query; answered without building the URL. */
  public boolean hasQuery() {
    return hasQuery;
  }

  /** Every value of a header, in order; empty when absent. */
  public List<String> getHeaders(String name) {
    if (view != null) {
      Enumeration<String> values = view.getHeaders(name);
      return values == null || !values.hasMoreElements() ? Collections.<String>emptyList()
          : Collections.unmodifiableList(Collections.list(values));
    }
    List<String> values = headers.get(name);
    return values == null ? Collections.<String>emptyList() : values;
  }

  /** A header's values joined with {@code ", "} (as the Fetch API does), or null when absent. */
  public String getHeader(String name) {
    if (view != null) {
      return joined(view.getHeaders(name), ", ");
    }
    List<String> values = headers.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : String.join(", ", values);
  }

  /** The header names. */
  public Set<String> getHeaderNames() {
    if (view == null) {
      return headers.keySet();
    }
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Enumeration<String> e = view.getHeaderNames();
    while (e != null && e.hasMoreElements()) {
      names.add(e.nextElement());
    }
    return Collections.unmodifiableSet(names);
  }

  /** A cookie's decoded value (first one wins), or null. */
  public String getCookie(String name) {
    Map<String, String> parsed = cookies;
    return parsed != null ? parsed.get(name) : Cookies.first(cookieHeader(), name);
  }

  /** All cookies, decoded, parsed from every {@code Cookie} header. */
  public Map<String, String> getCookies() {
    Map<String, String> parsed = cookies;
    if (parsed == null) {
      parsed = Cookies.parse(cookieHeader());
      cookies = parsed;
    }
    return parsed;
  }

  /** Every {@code Cookie} header joined with {@code "; "}, read once; null when there is none. */
  private String cookieHeader() {
    if (!cookieHeaderRead) {
      cookieHeader = view != null ? joined(view.getHeaders("cookie"), "; ")
          : joined(Collections.enumeration(getHeaders("cookie")), "; ");
      cookieHeaderRead = true;
    }
    return cookieHeader;
  }

  /** The values joined with the separator; the one value itself when there is one; null when none. */
  private static String joined(Enumeration<String> values, String separator) {
    if (values == null || !values.hasMoreElements()) {
      return null;
    }
    String first = values.nextElement();
    if (!values.hasMoreElements()) {
      return first;
    }
    StringBuilder sb = new StringBuilder(first);
    while (values.hasMoreElements()) {
      sb.append(separator).append(values.nextElement());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ClerkRequest{" + method + " " + getUrl().getRawPath() + "}";
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
