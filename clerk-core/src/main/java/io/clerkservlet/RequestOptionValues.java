package io.clerkservlet;

import io.clerkservlet.internal.PublishableKey;
import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.request.BrowserSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values of {@link AuthenticateRequestOptions}: filled by its builder, checked by
 * {@link #validate()}, and frozen by {@link #frozenCopy()} into the options object, which reads them
 * only.
 */
final class RequestOptionValues {
  AcceptsToken acceptsToken = AcceptsToken.sessionOnly();
  List<String> authorizedParties = Collections.emptyList();
  List<String> audience = Collections.emptyList();
  List<String> issuer = Collections.emptyList();
  Duration clockSkew = VerifyTokenOptions.DEFAULT_CLOCK_SKEW;
  String secretKey;
  String machineSecretKey;
  String jwtKey;
  String publishableKey;
  String domain;
  boolean satellite;
  String proxyUrl;
  String signInUrl;
  String signUpUrl;
  String afterSignInUrl;
  String afterSignUpUrl;
  boolean satelliteAutoSync;
  OrganizationSyncOptions organizationSyncOptions;

  /**
   * Checks the values a builder was given.
   *
   * @throws IllegalArgumentException "acceptsToken is required", "clockSkew must not be negative",
   *     the publishable key's message, or an invalid proxyUrl
   */
  void validate() {
    if (acceptsToken == null) {
      throw new IllegalArgumentException("acceptsToken is required");
    }
    if (clockSkew == null || clockSkew.isNegative()) {
      throw new IllegalArgumentException("clockSkew must not be negative");
    }
    if (publishableKey != null) {
      PublishableKey.parse(publishableKey);
    }
    BrowserSettings.checkProxyUrl(proxyUrl);
  }

  /** A copy that later builder calls do not change, with unmodifiable lists. */
  RequestOptionValues frozenCopy() {
    RequestOptionValues copy = new RequestOptionValues();
    copy.acceptsToken = acceptsToken;
    copy.authorizedParties = Collections.unmodifiableList(new ArrayList<>(authorizedParties));
    copy.audience = Collections.unmodifiableList(new ArrayList<>(audience));
    copy.issuer = Collections.unmodifiableList(new ArrayList<>(issuer));
    copy.clockSkew = clockSkew;
    copy.secretKey = secretKey;
    copy.machineSecretKey = machineSecretKey;
    copy.jwtKey = jwtKey;
    copy.publishableKey = publishableKey;
    copy.domain = domain;
    copy.satellite = satellite;
    copy.proxyUrl = proxyUrl;
    copy.signInUrl = signInUrl;
    copy.signUpUrl = signUpUrl;
    copy.afterSignInUrl = afterSignInUrl;
    copy.afterSignUpUrl = afterSignUpUrl;
    copy.satelliteAutoSync = satelliteAutoSync;
    copy.organizationSyncOptions = organizationSyncOptions;
    return copy;
  }

  /** The trimmed, non-blank values of a list (null gives none). */
  static List<String> nonEmpty(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.trim().isEmpty()) {
          out.add(v.trim());
        }
      }
    }
    return out;
  }

  /** The values for {@code toString()}: keys redacted, the PEM key only as set or not. */
  String describe() {
    return "acceptsToken=" + acceptsToken + ", authorizedParties=" + authorizedParties
        + ", audience=" + audience + ", issuer=" + issuer + ", clockSkew=" + clockSkew
        + ", secretKey=" + Redaction.secret(secretKey) + ", machineSecretKey=" + Redaction.secret(machineSecretKey)
        + ", jwtKey=" + (jwtKey == null ? "null" : "set") + ", publishableKey=" + publishableKey
        + ", domain=" + domain + ", isSatellite=" + satellite + ", proxyUrl=" + proxyUrl
        + ", signInUrl=" + signInUrl + ", signUpUrl=" + signUpUrl + ", satelliteAutoSync=" + satelliteAutoSync
        + ", organizationSyncOptions=" + organizationSyncOptions;
  }
}
