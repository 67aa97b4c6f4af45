package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * An absolute http(s) URL with the operations the browser flow needs, behaving like the WHATWG
 * {@code URL} and {@code URLSearchParams}: changing the query re-serializes all of it in the form
 * encoding. Immutable.
 */
final class ClerkUrl {
  private final String scheme;
  private final String host;
  private final int port;
  private final String rawPath;
  private final String rawQuery;
  private final String rawFragment;

  private ClerkUrl(String scheme, String host, int port, String rawPath, String rawQuery, String rawFragment) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.rawFragment = rawFragment;
  }

  /**
   * Parses an absolute http(s) URL.
   *
   * @throws IllegalArgumentException when it is not one
   */
  static ClerkUrl parse(String url) {
    if (url == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL");
    }
    try {
      return of(new URI(url.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an absolute http(s) URL", e);
    }
  }

  /** Parses, or null when it is not an absolute http(s) URL. */
  static ClerkUrl tryParse(String url) {
    try {
      return parse(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static ClerkUrl of(URI uri) {
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("not an absolute http(s) URL");
    }
    int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return new ClerkUrl(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path, uri.getRawQuery(),
        uri.getRawFragment());
  }

  /**
   * The public URL of a request behind proxies: host from the first {@code x-forwarded-host} value
   * (else {@code host}), protocol from the first {@code x-forwarded-proto} value (else the URL's);
   * when that origin differs, path and query move to it, unless it does not parse.
   */
  static ClerkUrl fromRequest(ClerkRequest request) {
    ClerkUrl initial = of(request.getUrl());
    String forwardedHost = firstValue(request.getHeader("x-forwarded-host"));
    String host = forwardedHost != null ? forwardedHost : request.getHeader("host");
    String forwardedProto = firstValue(request.getHeader("x-forwarded-proto"));
    String proto = forwardedProto != null ? forwardedProto : initial.scheme;
    if (host == null || host.isEmpty() || proto.isEmpty()) {
      return initial;
    }
    String origin = proto + "://" + host;
    if (origin.equals(initial.origin())) {
      return initial;
    }
    try {
      URI base = new URI(origin);
      if (base.getRawPath() != null && !base.getRawPath().isEmpty() || base.getRawQuery() != null
          || base.getRawFragment() != null) {
        return initial;
      }
      ClerkUrl moved = of(base);
      return new ClerkUrl(moved.scheme, moved.host, moved.port, initial.rawPath, initial.rawQuery, null);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return initial;
    }
  }

  private static String firstValue(String header) {
    return header == null ? null : header.split(",", -1)[0];
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : 80;
  }

  /** {@code scheme://host[:port]}, the default port left out. */
  String origin() {
    return scheme + "://" + hostAndPort();
  }

  /** The host name, lower case. */
  String hostname() {
    return host;
  }

  /** The path, still percent-encoded. */
  String rawPath() {
    return rawPath;
  }

  /** The whole URL. */
  String href() {
    return origin() + rawPath + (rawQuery == null ? "" : "?" + rawQuery)
        + (rawFragment == null ? "" : "#" + rawFragment);
  }

  /** The first value of a query parameter, decoded, or null. */
  String queryParam(String name) {
    for (String[] pair : FormQuery.parse(rawQuery)) {
      if (pair[0].equals(name)) {
        return pair[1];
      }
    }
    return null;
  }

  /** True when the query has the parameter. */
  boolean hasQueryParam(String name) {
    return queryParam(name) != null;
  }

  /** Without these parameters ({@code URLSearchParams.delete} for each). */
  ClerkUrl withoutQueryParams(String... names) {
    List<String[]> pairs = FormQuery.parse(rawQuery);
    List<String> removed = Arrays.asList(names);
    for (Iterator<String[]> it = pairs.iterator(); it.hasNext(); ) {
      if (removed.contains(it.next()[0])) {
        it.remove();
      }
    }
    return withQuery(pairs);
  }

  /** With the parameter appended ({@code URLSearchParams.append}). */
  ClerkUrl withQueryParamAppended(String name, String value) {
    List<String[]> pairs = FormQuery.parse(rawQuery);
    pairs.add(new String[] {name, value});
    return withQuery(pairs);
  }

  /** With the parameter set ({@code URLSearchParams.set}: the first one replaced, the others removed). */
  ClerkUrl withQueryParamSet(String name, String value) {
    List<String[]> pairs = new ArrayList<>();
    boolean set = false;
    for (String[] pair : FormQuery.parse(rawQuery)) {
      if (!pair[0].equals(name)) {
        pairs.add(pair);
      } else if (!set) {
        pairs.add(new String[] {name, value});
        set = true;
      }
    }
    if (!set) {
      pairs.add(new String[] {name, value});
    }
    return withQuery(pairs);
  }

  /** The URL with {@code path} (already encoded, resolved from the root) and no query or fragment. */
  ClerkUrl withPath(String path) {
    return new ClerkUrl(scheme, host, port, path, null, null);
  }

  private ClerkUrl withQuery(List<String[]> pairs) {
    return new ClerkUrl(scheme, host, port, rawPath, FormQuery.serialize(pairs), rawFragment);
  }

  private String hostAndPort() {
    return port < 0 ? host : host + ":" + port;
  }

  @Override
  public String toString() {
    return href();
  }
}
