package io.clerkservlet.web;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.TokenType;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.internal.Redaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The configuration of one Clerk servlet filter declaration. Built programmatically with
 * {@link #builder()}, or resolved from init-params, system properties and environment variables
 * with {@link #resolve(Function)} (see {@link ClerkFilterSetting} for every name).
 */
public final class ClerkFilterSettings {
  /** Clerk's message when a satellite has neither domain nor proxy URL. */
  static final String MISSING_SATELLITE_DOMAIN =
      "Missing domain and proxyUrl. A satellite application needs to specify a domain or a proxyUrl";
  /** Clerk's message when a development satellite has no sign-in URL. */
  static final String MISSING_SATELLITE_SIGN_IN =
      "Missing signInUrl. Pass a signInUrl for dev instances if an app is satellite";

  private final ClientSettings client;
  private final AcceptsToken acceptsToken;
  private final List<String> authorizedParties;
  private final List<String> audience;
  private final Duration clockSkew;
  private final FilterMode mode;
  private final BrowserSettings browser;
  private final boolean debugHeaders;
  private final Set<RoleSource> roles;

  private ClerkFilterSettings(Builder b) {
    this.client = new ClientSettings(b.secretKey, b.machineSecretKey, b.publishableKey, b.jwtKey, b.apiUrl,
        b.apiVersion, b.machineTokenCacheTtl, b.callTimeout, b.clock, b.httpProxy);
    this.acceptsToken = b.acceptsToken;
    this.authorizedParties = Collections.unmodifiableList(new ArrayList<>(b.authorizedParties));
    this.audience = Collections.unmodifiableList(new ArrayList<>(b.audience));
    this.clockSkew = b.clockSkew;
    this.mode = b.mode;
    this.browser = new BrowserSettings(b.domain, b.satellite, b.proxyUrl, b.signInUrl, b.signUpUrl,
        b.satelliteAutoSync);
    this.debugHeaders = b.debugHeaders;
    this.roles = Collections.unmodifiableSet(b.roles.isEmpty() ? EnumSet.noneOf(RoleSource.class)
        : EnumSet.copyOf(b.roles));
  }

  /** A builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Resolves every setting from init-params ({@code initParams}), then system properties, then
   * environment variables, and validates them.
   *
   * @throws IllegalArgumentException naming the first missing or malformed setting
   */
  public static ClerkFilterSettings resolve(Function<String, String> initParams) {
    return resolve(initParams, System::getProperty, System::getenv);
  }

  /**
   * As {@link #resolve(Function)}, with explicit system property and environment lookups.
   *
   * @throws IllegalArgumentException naming the first missing or malformed setting
   */
  public static ClerkFilterSettings resolve(Function<String, String> initParams,
      Function<String, String> systemProperties, Function<String, String> environment) {
    return new SettingsResolver(initParams, systemProperties, environment).resolve();
  }

  /** The instance secret key, or null. */
  public String getSecretKey() {
    return client.secretKey;
  }

  /** The machine secret key, or null. */
  public String getMachineSecretKey() {
    return client.machineSecretKey;
  }

  /** The publishable key, or null. */
  public String getPublishableKey() {
    return client.publishableKey;
  }

  /** The PEM public key, or null. */
  public String getJwtKey() {
    return client.jwtKey;
  }

  /** The Backend API URL. */
  public String getApiUrl() {
    return client.apiUrl;
  }

  /** The Backend API version. */
  public String getApiVersion() {
    return client.apiVersion;
  }

  /** The accepted token types; session tokens by default. */
  public AcceptsToken getAcceptsToken() {
    return acceptsToken;
  }

  /** Accepted {@code azp} values; empty means not checked. */
  public List<String> getAuthorizedParties() {
    return authorizedParties;
  }

  /** Accepted audiences; empty means not checked. */
  public List<String> getAudience() {
    return audience;
  }

  /** The clock skew; 5 seconds by default. */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /** Required (the default) or optional. */
  public FilterMode getMode() {
    return mode;
  }

  /** The opaque machine token cache lifetime; zero (off) by default. */
  public Duration getMachineTokenCacheTtl() {
    return client.machineTokenCacheTtl;
  }

  /** The total deadline of every Backend API call; {@link ClerkClient#DEFAULT_CALL_TIMEOUT} by default. */
  public Duration getCallTimeout() {
    return client.callTimeout;
  }

  /** The forward proxy of Backend API calls ({@code http://[user:password@]host:port}), or null. */
  public String getHttpProxy() {
    return client.httpProxy;
  }

  /** The domain (browser sessions), or null. */
  public String getDomain() {
    return browser.domain;
  }

  /** Whether this application is a satellite (browser sessions); false by default. */
  public boolean isSatellite() {
    return browser.satellite;
  }

  /** The proxy URL (browser sessions), or null. */
  public String getProxyUrl() {
    return browser.proxyUrl;
  }

  /** The sign-in URL (browser sessions), or null. */
  public String getSignInUrl() {
    return browser.signInUrl;
  }

  /** The sign-up URL (browser sessions), or null. */
  public String getSignUpUrl() {
    return browser.signUpUrl;
  }

  /** Whether a satellite syncs on the first cookieless visit; false by default. */
  public boolean isSatelliteAutoSync() {
    return browser.satelliteAutoSync;
  }

  /** Whether the {@code x-clerk-auth-*} debug headers are sent; false by default. */
  public boolean isDebugHeaders() {
    return debugHeaders;
  }

  /** What {@code isUserInRole} checks; {@link RoleSource#ORG_ROLE} by default, empty when off. */
  public Set<RoleSource> getRoles() {
    return roles;
  }

  /**
   * The per-request options given to {@link ClerkClient#authenticateRequest}: accepted tokens,
   * authorized parties, audience, clock skew and the browser-session settings.
   */
  public AuthenticateRequestOptions toAuthenticateRequestOptions() {
    return AuthenticateRequestOptions.builder()
        .acceptsToken(acceptsToken)
        .authorizedParties(authorizedParties)
        .audience(audience)
        .clockSkew(clockSkew)
        .domain(browser.domain)
        .isSatellite(browser.satellite)
        .proxyUrl(browser.proxyUrl)
        .signInUrl(browser.signInUrl)
        .signUpUrl(browser.signUpUrl)
        .satelliteAutoSync(browser.satelliteAutoSync)
        .build();
  }

  /** A client builder with this configuration's keys, API URL and version, cache lifetime, call timeout, clock and proxy. */
  public ClerkClient.Builder toClientBuilder() {
    return ClerkClient.builder()
        .secretKey(client.secretKey)
        .machineSecretKey(client.machineSecretKey)
        .publishableKey(client.publishableKey)
        .jwtKey(client.jwtKey)
        .apiUrl(client.apiUrl)
        .apiVersion(client.apiVersion)
        .machineTokenCacheTtl(client.machineTokenCacheTtl)
        .callTimeout(client.callTimeout)
        .clock(client.clock)
        .httpProxy(client.httpProxy);
  }

  /** What identifies the shared client of this configuration (see {@link ClerkClients}). */
  Object clientKey() {
    return client;
  }

  @Override
  public String toString() {
    return "ClerkFilterSettings{secretKey=" + Redaction.secret(client.secretKey)
        + ", machineSecretKey=" + Redaction.secret(client.machineSecretKey)
        + ", publishableKey=" + client.publishableKey + ", jwtKey=" + (client.jwtKey == null ? "null" : "set")
        + ", apiUrl=" + client.apiUrl + ", apiVersion=" + client.apiVersion + ", acceptsToken=" + acceptsToken
        + ", authorizedParties=" + authorizedParties + ", audience=" + audience + ", clockSkew=" + clockSkew
        + ", mode=" + mode + ", machineTokenCacheTtl=" + client.machineTokenCacheTtl
        + ", callTimeout=" + client.callTimeout + ", httpProxy=" + (client.httpProxy == null ? "null" : "set")
        + ", " + browser
        + ", debugHeaders=" + debugHeaders + ", roles=" + roles + "}";
  }

  /** The message when a publishable key is needed and missing. */
  public static final String MISSING_PUBLISHABLE_KEY = "publishableKey is required unless acceptsToken is exactly "
      + "m2m_token or api_key, as in @clerk/backend (CLERK_PUBLISHABLE_KEY)";

  /** True unless {@code acceptsToken} is exactly {@code m2m_token} or {@code api_key} (not a list). */
  static boolean needsPublishableKey(AcceptsToken accepts) {
    return !accepts.isExactly(TokenType.M2M_TOKEN) && !accepts.isExactly(TokenType.API_KEY);
  }

  /** Builds {@link ClerkFilterSettings}; {@link #build()} validates. */
  public static final class Builder extends FilterSettingsBuilder<Builder> {
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * The clock of the filter's client (token times, key and cache lifetimes); the system UTC
     * clock by default. For tests that move time (for example past the JWKS lifetime); not an
     * init-param. Filters with different clocks never share a client.
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Validates and builds: a key that can verify each accepted token kind (session tokens:
     * secretKey or jwtKey; API keys and OAuth tokens: secretKey; M2M tokens: secretKey or
     * machineSecretKey), a satellite's domain or proxy URL, and every client setting (as
     * {@link ClerkClient.Builder#build()}).
     *
     * @throws IllegalArgumentException naming the first missing or invalid setting
     */
    public ClerkFilterSettings build() {
      checkRequired();
      ClerkFilterSettings settings = new ClerkFilterSettings(this);
      settings.toClientBuilder().build().close();
      return settings;
    }

    private void checkRequired() {
      if (acceptsToken == null) {
        throw new IllegalArgumentException("acceptsToken is required");
      }
      if (clockSkew == null || clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative");
      }
      KeyRequirements.check(acceptsToken, secretKey, machineSecretKey, jwtKey);
      if (publishableKey == null && needsPublishableKey(acceptsToken)) {
        throw new IllegalArgumentException(MISSING_PUBLISHABLE_KEY);
      }
      if (satellite && domain == null && proxyUrl == null) {
        throw new IllegalArgumentException(MISSING_SATELLITE_DOMAIN);
      }
      if (satellite && signInUrl == null && secretKey != null
          && (secretKey.startsWith("sk_test_") || secretKey.startsWith("test_"))) {
        throw new IllegalArgumentException(MISSING_SATELLITE_SIGN_IN);
      }
    }
  }

  /** The default clock skew. */
  static Duration defaultClockSkew() {
    return VerifyTokenOptions.DEFAULT_CLOCK_SKEW;
  }
}
