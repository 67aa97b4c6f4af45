package io.clerkservlet;

import static io.clerkservlet.internal.Strings.blankToNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Options of {@link ClerkClient#authenticateRequest(ClerkRequest, AuthenticateRequestOptions)}, as
 * {@code @clerk/backend}'s. Keys and browser settings set here override the client's for this call
 * (a blank value, or {@code false}, keeps the client's, as the JS factory merges with {@code ||}).
 */
public final class AuthenticateRequestOptions {
  private static final AuthenticateRequestOptions DEFAULTS = builder().build();

  private final RequestOptionValues values;

  private AuthenticateRequestOptions(RequestOptionValues values) {
    this.values = values;
  }

  /** Session tokens only, default skew, the client's keys. */
  public static AuthenticateRequestOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The accepted token types; {@link AcceptsToken#sessionOnly()} by default. */
  public AcceptsToken getAcceptsToken() {
    return values.acceptsToken;
  }

  /** Accepted {@code azp} values of session tokens; empty means not checked. */
  public List<String> getAuthorizedParties() {
    return values.authorizedParties;
  }

  /** Accepted audiences; empty means not checked. */
  public List<String> getAudience() {
    return values.audience;
  }

  /** Accepted issuers of session tokens; empty means not checked. */
  public List<String> getIssuer() {
    return values.issuer;
  }

  /** Clock skew for time claims. */
  public Duration getClockSkew() {
    return values.clockSkew;
  }

  /** The secret key override, or null. */
  public String getSecretKey() {
    return values.secretKey;
  }

  /** The machine secret key override (M2M verification only), or null. */
  public String getMachineSecretKey() {
    return values.machineSecretKey;
  }

  /** The PEM key override, or null. */
  public String getJwtKey() {
    return values.jwtKey;
  }

  /** The publishable key override, or null. */
  public String getPublishableKey() {
    return values.publishableKey;
  }

  /** The satellite's domain override (for example {@code satellite.example.com}), or null. */
  public String getDomain() {
    return values.domain;
  }

  /** True when this call authenticates for a satellite application (false keeps the client's setting). */
  public boolean isSatellite() {
    return values.satellite;
  }

  /** The Frontend API proxy URL override (absolute, or a path on the request's origin), or null. */
  public String getProxyUrl() {
    return values.proxyUrl;
  }

  /** The sign-in URL override, or null. */
  public String getSignInUrl() {
    return values.signInUrl;
  }

  /** The sign-up URL override, or null. */
  public String getSignUpUrl() {
    return values.signUpUrl;
  }

  /** The after-sign-in URL (reported in the state only), or null. */
  public String getAfterSignInUrl() {
    return values.afterSignInUrl;
  }

  /** The after-sign-up URL (reported in the state only), or null. */
  public String getAfterSignUpUrl() {
    return values.afterSignUpUrl;
  }

  /** True when a cookieless satellite visit syncs with the primary at once (false keeps the client's setting). */
  public boolean isSatelliteAutoSync() {
    return values.satelliteAutoSync;
  }

  /** The organization sync patterns, or null for none. */
  public OrganizationSyncOptions getOrganizationSyncOptions() {
    return values.organizationSyncOptions;
  }

  @Override
  public String toString() {
    return "AuthenticateRequestOptions{" + values.describe() + "}";
  }

  /** Builds {@link AuthenticateRequestOptions}. */
  public static final class Builder {
    private final RequestOptionValues values = new RequestOptionValues();

    private Builder() {
    }

    /** The accepted token types. */
    public Builder acceptsToken(AcceptsToken acceptsToken) {
      values.acceptsToken = acceptsToken;
      return this;
    }

    /** Accept exactly one type (a single value). */
    public Builder acceptsToken(TokenType type) {
      return acceptsToken(AcceptsToken.single(type));
    }

    /** Accepted {@code azp} values of session tokens (exact match). */
    public Builder authorizedParties(String... parties) {
      values.authorizedParties = RequestOptionValues.nonEmpty(Arrays.asList(parties));
      return this;
    }

    /** Accepted {@code azp} values of session tokens (exact match). */
    public Builder authorizedParties(List<String> parties) {
      values.authorizedParties = RequestOptionValues.nonEmpty(parties);
      return this;
    }

    /** Accepted audiences ({@code aud}). */
    public Builder audience(String... audience) {
      values.audience = RequestOptionValues.nonEmpty(Arrays.asList(audience));
      return this;
    }

    /** Accepted audiences ({@code aud}). */
    public Builder audience(List<String> audience) {
      values.audience = RequestOptionValues.nonEmpty(audience);
      return this;
    }

    /** Accepted issuers ({@code iss}) of session tokens. */
    public Builder issuer(String... issuer) {
      values.issuer = RequestOptionValues.nonEmpty(Arrays.asList(issuer));
      return this;
    }

    /** Clock skew; default 5 seconds. */
    public Builder clockSkew(Duration clockSkew) {
      values.clockSkew = clockSkew;
      return this;
    }

    /** A secret key for this call. */
    public Builder secretKey(String key) {
      values.secretKey = blankToNull(key);
      return this;
    }

    /** A machine secret key for this call (used only to verify opaque M2M tokens). */
    public Builder machineSecretKey(String key) {
      values.machineSecretKey = blankToNull(key);
      return this;
    }

    /** A PEM public key for this call. */
    public Builder jwtKey(String pem) {
      values.jwtKey = blankToNull(pem);
      return this;
    }

    /** A publishable key for this call ({@code pk_live_…}/{@code pk_test_…}). */
    public Builder publishableKey(String key) {
      values.publishableKey = blankToNull(key);
      return this;
    }

    /** The satellite's domain for this call, for example {@code satellite.example.com}. */
    public Builder domain(String domain) {
      values.domain = blankToNull(domain);
      return this;
    }

    /** Authenticate for a satellite application (true overrides the client; false keeps it). */
    public Builder isSatellite(boolean satellite) {
      values.satellite = satellite;
      return this;
    }

    /**
     * The Frontend API proxy for this call: an absolute URL, or a path such as {@code /__clerk}
     * resolved against the request's public origin.
     */
    public Builder proxyUrl(String proxyUrl) {
      values.proxyUrl = blankToNull(proxyUrl);
      return this;
    }

    /** The sign-in URL for this call (a development satellite redirects there to sync). */
    public Builder signInUrl(String url) {
      values.signInUrl = blankToNull(url);
      return this;
    }

    /** The sign-up URL for this call (reported in the state). */
    public Builder signUpUrl(String url) {
      values.signUpUrl = blankToNull(url);
      return this;
    }

    /** The after-sign-in URL for this call (reported in the state). */
    public Builder afterSignInUrl(String url) {
      values.afterSignInUrl = blankToNull(url);
      return this;
    }

    /** The after-sign-up URL for this call (reported in the state). */
    public Builder afterSignUpUrl(String url) {
      values.afterSignUpUrl = blankToNull(url);
      return this;
    }

    /**
     * Sync a satellite with the primary on the first cookieless page load (true overrides the
     * client; false keeps it). Without it, a satellite syncs only when the URL has
     * {@code __clerk_synced=false}.
     */
    public Builder satelliteAutoSync(boolean autoSync) {
      values.satelliteAutoSync = autoSync;
      return this;
    }

    /** The organization sync patterns for this call; null for none. */
    public Builder organizationSyncOptions(OrganizationSyncOptions options) {
      values.organizationSyncOptions = options;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "acceptsToken is required", "clockSkew must not be negative",
     *     "publishableKey must be a Clerk publishable key. Publishable key not valid (expected format:
     *     pk_test_... or pk_live_...)." or an invalid proxyUrl
     */
    public AuthenticateRequestOptions build() {
      values.validate();
      return new AuthenticateRequestOptions(values.frozenCopy());
    }
  }
}
