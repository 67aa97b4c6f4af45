package io.clerkservlet.internal.http;

import io.clerkservlet.internal.Redaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.io.UnsupportedEncodingException;

/**
 * An explicit forward proxy for Backend API calls: {@code http://[user:password@]host:port}.
 * Immutable; {@link #toString()} never shows the password.
 */
public final class HttpProxy {
  private final String host;
  private final int port;
  private final String username;
  private final String password;

  private HttpProxy(String host, int port, String username, String password) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
  }

  /**
   * Parses {@code http://[user:password@]host:port} (user and password percent-encoded).
   *
   * @throws IllegalArgumentException naming the setting, without the password
   */
  public static HttpProxy parse(String value) {
    String message = "httpProxy must look like http://[user:password@]host:port: " + Redaction.userInfo(value);
    try {
      URI uri = new URI(value);
      if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1
          || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath()))
          || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(message);
      }
      String info = uri.getRawUserInfo();
      if (info == null) {
        return new HttpProxy(uri.getHost(), uri.getPort(), null, null);
      }
      int colon = info.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException(message);
      }
      return new HttpProxy(uri.getHost(), uri.getPort(), decode(info.substring(0, colon)),
          decode(info.substring(colon + 1)));
    } catch (URISyntaxException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException(message, e);
    }
  }

  private static String decode(String part) throws UnsupportedEncodingException {
    return URLDecoder.decode(part.replace("+", "%2B"), "UTF-8");
  }

  /** The proxy host. */
  public String host() {
    return host;
  }

  /** The proxy port. */
  public int port() {
    return port;
  }

  /** The user name for proxy authentication, or null. */
  public String username() {
    return username;
  }

  /** The password for proxy authentication, or null. Never shown. */
  String password() {
    return password;
  }

  @Override
  public String toString() {
    return "http://" + (username == null ? "" : "[redacted]@") + host + ":" + port;
  }
}
