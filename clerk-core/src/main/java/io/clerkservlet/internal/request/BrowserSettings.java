package io.clerkservlet.internal.request;

import static io.clerkservlet.internal.Strings.firstNonNull;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.OrganizationSyncOptions;
import io.clerkservlet.internal.PublishableKey;

/**
 * The browser-flow settings of one {@code authenticateRequest} call: the client's, overridden by
 * the call's non-blank (or true) values, as {@code @clerk/backend} merges with {@code ||}. Checks
 * the satellite configuration errors of reference §1.2.
 */
public final class BrowserSettings {
  static final String MISSING_SIGN_IN_URL =
      "Missing signInUrl. Pass a signInUrl for dev instances if an app is satellite";
  static final String SIGN_IN_URL_NOT_ABSOLUTE = "The signInUrl needs to have a absolute url format.";
  static final String MISSING_DOMAIN =
      "Missing domain and proxyUrl. A satellite application needs to specify a domain or a proxyUrl";
  static final String INVALID_PROXY_URL = "proxyUrl must be an absolute http(s) URL or a path starting with /";

  final PublishableKey publishableKey;
  final String domain;
  final boolean satellite;
  final String proxyUrl;
  final String signInUrl;
  final String signUpUrl;
  final String afterSignInUrl;
  final String afterSignUpUrl;
  final boolean satelliteAutoSync;
  final OrganizationSyncOptions organizationSync;

  private BrowserSettings(PublishableKey publishableKey, String domain, boolean satellite, String proxyUrl,
      String signInUrl, String signUpUrl, String afterSignInUrl, String afterSignUpUrl, boolean satelliteAutoSync,
      OrganizationSyncOptions organizationSync) {
    this.publishableKey = publishableKey;
    this.domain = domain;
    this.satellite = satellite;
    this.proxyUrl = proxyUrl;
    this.signInUrl = signInUrl;
    this.signUpUrl = signUpUrl;
    this.afterSignInUrl = afterSignInUrl;
    this.afterSignUpUrl = afterSignUpUrl;
    this.satelliteAutoSync = satelliteAutoSync;
    this.organizationSync = organizationSync;
  }

  /**
   * The client-level settings, checked as at start-up.
   *
   * @param secretKey the client's secret key (its {@code sk_test_} prefix marks a development instance)
   * @throws IllegalArgumentException for an invalid publishable key, proxy URL or sign-in URL
   * @throws IllegalStateException for a satellite without domain/proxyUrl, or a development
   *     satellite without signInUrl
   */
  public static BrowserSettings client(String publishableKey, String domain, boolean satellite, String proxyUrl,
      String signInUrl, String signUpUrl, boolean satelliteAutoSync, String secretKey) {
    checkProxyUrl(proxyUrl);
    BrowserSettings settings = new BrowserSettings(publishableKey == null ? null : PublishableKey.parse(publishableKey),
        domain, satellite, proxyUrl, signInUrl, signUpUrl, null, null, satelliteAutoSync, null);
    settings.checkSatellite(secretKey);
    return settings;
  }

  /** @throws IllegalArgumentException unless null, an absolute http(s) URL, or a path starting with {@code /} */
  public static void checkProxyUrl(String proxyUrl) {
    if (proxyUrl != null && !proxyUrl.startsWith("/") && ClerkUrl.tryParse(proxyUrl) == null) {
      throw new IllegalArgumentException(INVALID_PROXY_URL);
    }
  }

  /** True when the call changes a browser setting (then the merged settings are checked again). */
  static boolean overridesAny(AuthenticateRequestOptions o) {
    return o.getPublishableKey() != null || o.getDomain() != null || o.isSatellite() || o.getProxyUrl() != null
        || o.getSignInUrl() != null;
  }

  /** These settings with the call's overrides. */
  BrowserSettings overriddenBy(AuthenticateRequestOptions o) {
    PublishableKey pk = o.getPublishableKey() != null ? PublishableKey.parse(o.getPublishableKey()) : publishableKey;
    return new BrowserSettings(pk, firstNonNull(o.getDomain(), domain), o.isSatellite() || satellite,
        firstNonNull(o.getProxyUrl(), proxyUrl), firstNonNull(o.getSignInUrl(), signInUrl),
        firstNonNull(o.getSignUpUrl(), signUpUrl),
        firstNonNull(o.getAfterSignInUrl(), afterSignInUrl), firstNonNull(o.getAfterSignUpUrl(), afterSignUpUrl),
        o.isSatelliteAutoSync() || satelliteAutoSync,
        o.getOrganizationSyncOptions() != null ? o.getOrganizationSyncOptions() : organizationSync);
  }

  /** These settings without a publishable key (header-only calls read no cookies). */
  BrowserSettings withoutPublishableKey() {
    return new BrowserSettings(null, domain, satellite, proxyUrl, signInUrl, signUpUrl, afterSignInUrl,
        afterSignUpUrl, satelliteAutoSync, organizationSync);
  }

  /**
   * The satellite checks of reference §1.2. The check that {@code signInUrl} is on another origin
   * than the request's {@code Origin} header is not made: it would let a request header turn into
   * an exception.
   */
  void checkSatellite(String secretKey) {
    if (!satellite) {
      return;
    }
    if (signInUrl == null && secretKey != null && (secretKey.startsWith("sk_test_") || secretKey.startsWith("test_"))) {
      throw new IllegalStateException(MISSING_SIGN_IN_URL);
    }
    if (signInUrl != null && ClerkUrl.tryParse(signInUrl) == null) {
      throw new IllegalArgumentException(SIGN_IN_URL_NOT_ABSOLUTE);
    }
    if (proxyUrl == null && domain == null) {
      throw new IllegalStateException(MISSING_DOMAIN);
    }
  }
}
