package io.clerkservlet;

import io.clerkservlet.internal.Redaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@link ClerkClient#authenticateRequest(ClerkRequest, AuthenticateRequestOptions)}, as
 * {@code @clerk/backend}'s. Keys set here override the client's for this call (a blank value keeps
 * the client's, as the JS factory merges with {@code ||}).
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

  private AuthenticateRequestOptions(Builder b) {
    this.acceptsToken = b.acceptsToken;
    this.authorizedParties = Collections.unmodifiableList(new ArrayList<>(b.authorizedParties));
    this.audience = Collections.unmodifiableList(new ArrayList<>(b.audience));
    this.issuer = Collections.unmodifiableList(new ArrayList<>(b.issuer));
    this.clockSkew = b.clockSkew;
    this.secretKey = b.secretKey;
    this.machineSecretKey = b.machineSecretKey;
    this.jwtKey = b.jwtKey;
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

  @Override
  public String toString() {
    return "AuthenticateRequestOptions{acceptsToken=" + acceptsToken + ", authorizedParties=" + authorizedParties
        + ", audience=" + audience + ", issuer=" + issuer + ", clockSkew=" + clockSkew
        + ", secretKey=" + Redaction.secret(secretKey) + ", machineSecretKey=" + Redaction.secret(machineSecretKey)
        + ", jwtKey=" + (jwtKey == null ? "null" : "set") + "}";
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

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "acceptsToken is required" or "clockSkew must not be negative"
     */
    public AuthenticateRequestOptions build() {
      if (acceptsToken == null) {
        throw new IllegalArgumentException("acceptsToken is required");
      }
      if (clockSkew == null || clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative");
      }
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

    private static String blankToNull(String value) {
      return value == null || value.trim().isEmpty() ? null : value.trim();
    }
  }
}
