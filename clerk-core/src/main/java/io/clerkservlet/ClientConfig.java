package io.clerkservlet;

import io.clerkservlet.internal.PemKeys;
import io.clerkservlet.internal.PublishableKey;
import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.http.HttpProxy;
import io.clerkservlet.internal.http.TransportSettings.Sleeper;
import io.clerkservlet.internal.request.BrowserSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The validated, immutable settings of one {@link ClerkClient}, read from its
 * {@link ClerkClient.Builder}; {@link #validate} checks them in a fixed order and names the first
 * invalid one.
 */
final class ClientConfig {
  final String secretKey;
  final String machineSecretKey;
  final String publishableKey;
  final String jwtKey;
  final URI apiUrl;
  final String apiVersion;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration callTimeout;
  final HttpProxy httpProxy;
  final Clock clock;
  final Duration machineTokenCacheTtl;
  final boolean repeatTokenCache;
  final Sleeper sleeper;
  final Executor keyRefreshExecutor;
  final BrowserSettings browser;

  private ClientConfig(ClerkClient.Builder b, URI apiUrl, HttpProxy httpProxy, BrowserSettings browser) {
    this.secretKey = b.secretKey;
    this.machineSecretKey = b.machineSecretKey;
    this.publishableKey = b.publishableKey;
    this.jwtKey = b.jwtKey;
    this.apiUrl = apiUrl;
    this.apiVersion = b.apiVersion;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.httpProxy = httpProxy;
    this.clock = b.clock;
    this.machineTokenCacheTtl = b.machineTokenCacheTtl;
    this.repeatTokenCache = b.repeatTokenCache;
    this.sleeper = b.sleeper;
    this.keyRefreshExecutor = b.keyRefreshExecutor;
    this.browser = browser;
  }

  /**
   * Checks every setting of {@code b}.
   *
   * @throws IllegalArgumentException naming the first invalid setting
   * @throws IllegalStateException for a satellite without domain or proxyUrl, or a development
   *     satellite without signInUrl
   */
  static ClientConfig validate(ClerkClient.Builder b) {
    checkKey("secretKey", b.secretKey);
    checkKey("machineSecretKey", b.machineSecretKey);
    if (b.publishableKey != null) {
      PublishableKey.parse(b.publishableKey);
    }
    BrowserSettings browser = BrowserSettings.client(b.publishableKey, b.domain, b.satellite, b.proxyUrl,
        b.signInUrl, b.signUpUrl, b.satelliteAutoSync, b.secretKey);
    if (b.jwtKey != null) {
      PemKeys.parseRsaPublicKey(b.jwtKey);
    }
    URI uri = parseApiUrl(b.apiUrl);
    if (b.apiVersion == null || !b.apiVersion.matches("v[0-9]+")) {
      throw new IllegalArgumentException("apiVersion must look like v1: " + b.apiVersion);
    }
    checkPositive("connectTimeout", b.connectTimeout);
    checkPositive("readTimeout", b.readTimeout);
    checkPositive("callTimeout", b.callTimeout);
    HttpProxy proxy = b.httpProxy == null ? null : HttpProxy.parse(b.httpProxy);
    if (b.machineTokenCacheTtl == null || b.machineTokenCacheTtl.isNegative()) {
      throw new IllegalArgumentException("machineTokenCacheTtl must not be negative");
    }
    if (b.clock == null) {
      throw new IllegalArgumentException("clock is required");
    }
    return new ClientConfig(b, uri, proxy, browser);
  }

  private static void checkKey(String name, String value) {
    if (value != null && !value.matches("[\\x21-\\x7e]+")) {
      throw new IllegalArgumentException(name + " must be printable ASCII with no whitespace");
    }
  }

  private static void checkPositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }

  private static URI parseApiUrl(String value) {
    // Never echo user info (it may hold a password) in the message.
    String shown = Redaction.userInfo(value);
    String message = "apiUrl must be an absolute http or https URL without query or fragment: "
        + shown;
    if (value == null) {
      throw new IllegalArgumentException(message);
    }
    try {
      URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(message);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(message, e);
    }
  }
}
