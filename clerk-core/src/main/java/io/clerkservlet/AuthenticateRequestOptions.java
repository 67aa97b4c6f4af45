package io.clerkservlet;

import static io.clerkservlet.internal.Strings.blankToNull;

import io.clerkservlet.internal.PublishableKey;
import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.request.BrowserSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@link ClerkClient#authenticateRequest(ClerkRequest, AuthenticateRequestOptions)}, as
 * {@code @clerk/backend}'s. Keys and browser settings set here override the client's for this call
 * (a blank value, or {@code false}, keeps the client's, as the JS factory merges with {@code ||}).
 */
public final class AuthenticateRequestOptions {
  private static final AuthenticateRequestOptions DEFAULTS = builder().build();

  private final AcceptsToken acceptsToken;
  private final List<String> authorizedParties;
  private final List<String> audience;
  private final List<String> issuer;
  private final Duration clockSkew;
  private final String secretKey;
  private final String machineSecretKey;
  private final String jwtKey;
  private final String publishableKey;
  private final String domain;
  private final boolean satellite;
  private final String proxyUrl;
  private final String signInUrl;
  private final String signUpUrl;
  private final String afterSignInUrl;
  private final String afterSignUpUrl;
  private final boolean satelliteAutoSync;
  private final OrganizationSyncOptions organizationSyncOptions;

  private AuthenticateRequestOptions(Builder b) {
    this.acceptsToken = b.acceptsToken;
    this.authorizedParties = Collections.unmodifiableList(new ArrayList<>(b.authorizedParties));
    this.audience = Collections.unmodifiableList(new ArrayList<>(b.audience));
    this.issuer = Collections.unmodifiableList(new ArrayList<>(b.issuer));
    this.clockSkew = b.clockSkew;
    this.secretKey = b.secretKey;
    this.machineSecretKey = b.machineSecretKey;
    this.jwtKey = b.jwtKey;
    this.publishableKey = b.publishableKey;
    this.domain = b.domain;
    this.satellite = b.satellite;
    this.proxyUrl = b.proxyUrl;
    this.signInUrl = b.signInUrl;
    this.signUpUrl = b.signUpUrl;
    this.afterSignInUrl = b.afterSignInUrl;
    this.afterSignUpUrl = b.afterSignUpUrl;
    this.satelliteAutoSync = b.satelliteAutoSync;
    this.organizationSyncOptions = b.organizationSyncOptions;
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
    return acceptsToken;
  }

  /** Accepted {@code azp} values of session tokens; empty means not checked. */
  public List<String> getAuthorizedParties() {
    return authorizedParties;
  }

  /** Accepted audiences; empty means not checked. */
  public List<String> getAudience() {
    return audience;
  }

  /** Accepted issuers of session tokens; empty means not checked. */
  public List<String> getIssuer() {
    return issuer;
  }

  /** Clock skew for time claims. */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /** The secret key override, or null. */
  public String getSecretKey() {
    return secretKey;
  }

  /** The machine secret key override (M2M verification only), or null. */
  public String getMachineSecretKey() {
    return machineSecretKey;
  }

  /** The PEM key override, or null. */
  public String getJwtKey() {
    return jwtKey;
  }

  /** The publishable key override, or null. */
  public String getPublishableKey() {
    return publishableKey;
  }

  /** The satellite's domain override (for example {@code satellite.example.com}), or null. */
  public String getDomain() {
    return domain;
  }

  /** True when this call authenticates for a satellite application (false keeps the client's setting). */
  public boolean isSatellite() {
    return satellite;
  }

  /** The Frontend API proxy URL override (absolute, or a path on the request's origin), or null. */
  public String getProxyUrl() {
    return proxyUrl;
  }

  /** The sign-in URL override, or null. */
  public String getSignInUrl() {
    return signInUrl;
  }

  /** The sign-up URL override, or null. */
  public String getSignUpUrl() {
    return signUpUrl;
  }

  /** The after-sign-in URL (reported in the state only), or null. */
  public String getAfterSignInUrl() {
    return afterSignInUrl;
  }

  /** The after-sign-up URL (reported in the state only), or null. */
  public String getAfterSignUpUrl() {
    return afterSignUpUrl;
  }

  /** True when a cookieless satellite visit syncs with the primary at once (false keeps the client's setting). */
  public boolean isSatelliteAutoSync() {
    return satelliteAutoSync;
  }

  /** The organization sync patterns, or null for none. */
  public OrganizationSyncOptions getOrganizationSyncOptions() {
    return organizationSyncOptions;
  }

  @Override
  public String toString() {
    return "AuthenticateRequestOptions{acceptsToken=" + acceptsToken + ", authorizedParties=" + authorizedParties
        + ", audience=" + audience + ", issuer=" + issuer + ", clockSkew=" + clockSkew
        + ", secretKey=" + Redaction.secret(secretKey) + ", machineSecretKey=" + Redaction.secret(machineSecretKey)
        + ", jwtKey=" + (jwtKey == null ? "null" : "set") + ", publishableKey=" + publishableKey
        + ", domain=" + domain + ", isSatellite=" + satellite + ", proxyUrl=" + proxyUrl
        + ", signInUrl=" + signInUrl + ", signUpUrl=" + signUpUrl + ", satelliteAutoSync=" + satelliteAutoSync
        + ", organizationSyncOptions=" + organizationSyncOptions + "}";
  }

  /** Builds {@link AuthenticateRequestOptions}. */
  public static final class Builder {
    private AcceptsToken acceptsToken = AcceptsToken.sessionOnly();
    private List<String> authorizedParties = Collections.emptyList();
    private List<String> audience = Collections.emptyList();
    private List<String> issuer = Collections.emptyList();
    private Duration clockSkew = VerifyTokenOptions.DEFAULT_CLOCK_SKEW;
    private String secretKey;
    private String machineSecretKey;
    private String jwtKey;
    private String publishableKey;
    private String domain;
    private boolean satellite;
    private String proxyUrl;
    private String signInUrl;
    private String signUpUrl;
    private String afterSignInUrl;
    private String afterSignUpUrl;
    private boolean satelliteAutoSync;
    private OrganizationSyncOptions organizationSyncOptions;

    private Builder() {
    }

    /** The accepted token types. */
    public Builder acceptsToken(AcceptsToken acceptsToken) {
      this.acceptsToken = acceptsToken;
      return this;
    }

    /** Accept exactly one type (a single value). */
    public Builder acceptsToken(TokenType type) {
      return acceptsToken(AcceptsToken.single(type));
    }

    /** Accepted {@code azp} values of session tokens (exact match). */
    public Builder authorizedParties(String... parties) {
      this.authorizedParties = nonEmpty(Arrays.asList(parties));
      return this;
    }

    /** Accepted {@code azp} values of session tokens (exact match). */
    public Builder authorizedParties(List<String> parties) {
      this.authorizedParties = nonEmpty(parties);
      return this;
    }

    /** Accepted audiences ({@code aud}). */
    public Builder audience(String... audience) {
      this.audience = nonEmpty(Arrays.asList(audience));
      return this;
    }

    /** Accepted audiences ({@code aud}). */
    public Builder audience(List<String> audience) {
      this.audience = nonEmpty(audience);
      return this;
    }

    /** Accepted issuers ({@code iss}) of session tokens. */
    public Builder issuer(String... issuer) {
      this.issuer = nonEmpty(Arrays.asList(issuer));
      return this;
    }

    /** Clock skew; default 5 seconds. */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = clockSkew;
      return this;
    }

    /** A secret key for this call. */
    public Builder secretKey(String key) {
      this.secretKey = blankToNull(key);
      return this;
    }

    /** A machine secret key for this call (used only to verify opaque M2M tokens). */
    public Builder machineSecretKey(String key) {
      this.machineSecretKey = blankToNull(key);
      return this;
    }

    /** A PEM public key for this call. */
    public Builder jwtKey(String pem) {
      this.jwtKey = blankToNull(pem);
      return this;
    }

    /** A publishable key for this call ({@code pk_live_…}/{@code pk_test_…}). */
    public Builder publishableKey(String key) {
      this.publishableKey = blankToNull(key);
      return this;
    }

    /** The satellite's domain for this call, for example {@code satellite.example.com}. */
    public Builder domain(String domain) {
      this.domain = blankToNull(domain);
      return this;
    }

    /** Authenticate for a satellite application (true overrides the client; false keeps it). */
    public Builder isSatellite(boolean satellite) {
      this.satellite = satellite;
      return this;
    }

    /**
     * The Frontend API proxy for this call: an absolute URL, or a path such as {@code /__clerk}
     * resolved against the request's public origin.
     */
    public Builder proxyUrl(String proxyUrl) {
      this.proxyUrl = blankToNull(proxyUrl);
      return this;
    }

    /** The sign-in URL for this call (a development satellite redirects there to sync). */
    public Builder signInUrl(String url) {
      this.signInUrl = blankToNull(url);
      return this;
    }

    /** The sign-up URL for this call (reported in the state). */
    public Builder signUpUrl(String url) {
      this.signUpUrl = blankToNull(url);
      return this;
    }

    /** The after-sign-in URL for this call (reported in the state). */
    public Builder afterSignInUrl(String url) {
      this.afterSignInUrl = blankToNull(url);
      return this;
    }

    /** The after-sign-up URL for this call (reported in the state). */
    public Builder afterSignUpUrl(String url) {
      this.afterSignUpUrl = blankToNull(url);
      return this;
    }

    /**
     * Sync a satellite with the primary on the first cookieless page load (true overrides the
     * client; false keeps it). Without it, a satellite syncs only when the URL has
     * {@code __clerk_synced=false}.
     */
    public Builder satelliteAutoSync(boolean autoSync) {
      this.satelliteAutoSync = autoSync;
      return this;
    }

    /** The organization sync patterns for this call; null for none. */
    public Builder organizationSyncOptions(OrganizationSyncOptions options) {
      this.organizationSyncOptions = options;
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
      return new AuthenticateRequestOptions(this);
    }

    private static List<String> nonEmpty(List<String> values) {
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
  }
}
