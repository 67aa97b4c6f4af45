package io.clerkservlet.web;

import static io.clerkservlet.internal.Strings.blankToNull;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.TokenType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The setters of {@link ClerkFilterSettings.Builder}; blank strings mean unset. */
abstract class FilterSettingsBuilder<B extends FilterSettingsBuilder<B>> {
  String secretKey;
  String machineSecretKey;
  String publishableKey;
  String jwtKey;
  String apiUrl = ClerkClient.DEFAULT_API_URL;
  String apiVersion = ClerkClient.DEFAULT_API_VERSION;
  AcceptsToken acceptsToken = AcceptsToken.sessionOnly();
  List<String> authorizedParties = Collections.emptyList();
  List<String> audience = Collections.emptyList();
  Duration clockSkew = ClerkFilterSettings.defaultClockSkew();
  FilterMode mode = FilterMode.REQUIRED;
  Duration machineTokenCacheTtl = ClerkClient.DEFAULT_MACHINE_TOKEN_CACHE_TTL;
  Duration callTimeout = ClerkClient.DEFAULT_CALL_TIMEOUT;
  String httpProxy;
  String domain;
  boolean satellite;
  String proxyUrl;
  String signInUrl;
  String signUpUrl;
  boolean satelliteAutoSync;
  boolean debugHeaders;
  Set<RoleSource> roles = EnumSet.of(RoleSource.ORG_ROLE);

  abstract B self();

  /** The instance secret key ({@code sk_…}). */
  public B secretKey(String value) {
    this.secretKey = blankToNull(value);
    return self();
  }

  /** The machine secret key ({@code ak_…}), for M2M tokens. */
  public B machineSecretKey(String value) {
    this.machineSecretKey = blankToNull(value);
    return self();
  }

  /** The publishable key ({@code pk_…}). */
  public B publishableKey(String value) {
    this.publishableKey = blankToNull(value);
    return self();
  }

  /** The instance's PEM public key, for networkless session token verification. */
  public B jwtKey(String pem) {
    this.jwtKey = blankToNull(pem);
    return self();
  }

  /** The Backend API URL; default {@value ClerkClient#DEFAULT_API_URL}. */
  public B apiUrl(String value) {
    String v = blankToNull(value);
    this.apiUrl = v == null ? ClerkClient.DEFAULT_API_URL : v;
    return self();
  }

  /** The Backend API version; default {@value ClerkClient#DEFAULT_API_VERSION}. */
  public B apiVersion(String value) {
    String v = blankToNull(value);
    this.apiVersion = v == null ? ClerkClient.DEFAULT_API_VERSION : v;
    return self();
  }

  /** The accepted token types; default session tokens only. */
  public B acceptsToken(AcceptsToken value) {
    this.acceptsToken = value;
    return self();
  }

  /** Accept exactly one token type. */
  public B acceptsToken(TokenType value) {
    return acceptsToken(AcceptsToken.single(value));
  }

  /** Accepted {@code azp} values of session tokens. */
  public B authorizedParties(String... values) {
    return authorizedParties(Arrays.asList(values));
  }

  /** Accepted {@code azp} values of session tokens. */
  public B authorizedParties(List<String> values) {
    this.authorizedParties = nonBlank(values);
    return self();
  }

  /** Accepted audiences. */
  public B audience(String... values) {
    return audience(Arrays.asList(values));
  }

  /** Accepted audiences. */
  public B audience(List<String> values) {
    this.audience = nonBlank(values);
    return self();
  }

  /** Clock skew for time claims; default 5 seconds. */
  public B clockSkew(Duration value) {
    this.clockSkew = value;
    return self();
  }

  /** Required (default) or optional. */
  public B mode(FilterMode value) {
    this.mode = value == null ? FilterMode.REQUIRED : value;
    return self();
  }

  /** The opaque machine token cache lifetime; default zero (off). */
  public B machineTokenCacheTtl(Duration value) {
    this.machineTokenCacheTtl = value;
    return self();
  }

  /**
   * The total deadline of every Backend API call (connect, TLS, request and the whole answer);
   * default {@link ClerkClient#DEFAULT_CALL_TIMEOUT}. Must be positive.
   */
  public B callTimeout(Duration value) {
    this.callTimeout = value;
    return self();
  }

  /**
   * The forward proxy of Backend API calls, {@code http://[user:password@]host:port}
   * ({@link ClerkClient.Builder#httpProxy}); default none: the JVM's proxy properties apply.
   */
  public B httpProxy(String value) {
    this.httpProxy = blankToNull(value);
    return self();
  }

  /** The domain (browser sessions). */
  public B domain(String value) {
    this.domain = blankToNull(value);
    return self();
  }

  /** Whether this application is a satellite (browser sessions). */
  public B satellite(boolean value) {
    this.satellite = value;
    return self();
  }

  /** The Frontend API proxy URL, absolute or a path starting with {@code /} (browser sessions). */
  public B proxyUrl(String value) {
    this.proxyUrl = urlOrPath("proxyUrl", value);
    return self();
  }

  /** The sign-in URL, absolute or a path starting with {@code /} (browser sessions). */
  public B signInUrl(String value) {
    this.signInUrl = urlOrPath("signInUrl", value);
    return self();
  }

  /** The sign-up URL, absolute or a path starting with {@code /} (browser sessions). */
  public B signUpUrl(String value) {
    this.signUpUrl = urlOrPath("signUpUrl", value);
    return self();
  }

  /** Whether a satellite syncs on the first cookieless visit (browser sessions). */
  public B satelliteAutoSync(boolean value) {
    this.satelliteAutoSync = value;
    return self();
  }

  /** Whether the {@code x-clerk-auth-*} debug headers are sent; default false. */
  public B debugHeaders(boolean value) {
    this.debugHeaders = value;
    return self();
  }

  /** What {@code isUserInRole} checks; none means it is always false. Default {@code org_role}. */
  public B roles(RoleSource... values) {
    this.roles = values.length == 0 ? EnumSet.noneOf(RoleSource.class) : EnumSet.copyOf(Arrays.asList(values));
    return self();
  }

  /** What {@code isUserInRole} checks; empty means it is always false. */
  public B roles(Set<RoleSource> values) {
    this.roles = values == null || values.isEmpty() ? EnumSet.noneOf(RoleSource.class) : EnumSet.copyOf(values);
    return self();
  }

  private static List<String> nonBlank(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        if (blankToNull(v) != null) {
          out.add(v.trim());
        }
      }
    }
    return out;
  }

  private static String urlOrPath(String name, String value) {
    String v = blankToNull(value);
    if (v == null || v.startsWith("/") && !v.startsWith("//")) {
      return v;
    }
    try {
      URI uri = new URI(v);
      if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return v;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be an absolute http(s) URL or a path starting with /");
  }
}
