package io.clerkservlet;

import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.Strings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@link ClerkClient#verifyToken(String, VerifyTokenOptions)}, as {@code @clerk/backend}'s
 * {@code VerifyTokenOptions}. Every option is optional; keys set here override the client's.
 */
public final class VerifyTokenOptions {
  /** The default clock skew allowed on {@code exp}, {@code nbf} and {@code iat}. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);
  private static final VerifyTokenOptions DEFAULTS = builder().build();

  private final List<String> audience;
  private final List<String> authorizedParties;
  private final List<String> issuer;
  private final List<String> headerType;
  private final Duration clockSkew;
  private final boolean skipJwksCache;
  private final String secretKey;
  private final String jwtKey;

  private VerifyTokenOptions(Builder b) {
    this.audience = freeze(b.audience);
    this.authorizedParties = freeze(b.authorizedParties);
    this.issuer = freeze(b.issuer);
    this.headerType = b.headerType == null ? null : freeze(b.headerType);
    this.clockSkew = b.clockSkew;
    this.skipJwksCache = b.skipJwksCache;
    this.secretKey = b.secretKey;
    this.jwtKey = b.jwtKey;
  }

  /** The options with every default. */
  public static VerifyTokenOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.audience = new ArrayList<>(audience);
    b.authorizedParties = new ArrayList<>(authorizedParties);
    b.issuer = new ArrayList<>(issuer);
    b.headerType = headerType == null ? null : new ArrayList<>(headerType);
    b.clockSkew = clockSkew;
    b.skipJwksCache = skipJwksCache;
    b.secretKey = secretKey;
    b.jwtKey = jwtKey;
    return b;
  }

  /** Accepted {@code aud} values; empty means not checked. */
  public List<String> getAudience() {
    return audience;
  }

  /** Accepted {@code azp} values; empty means not checked. */
  public List<String> getAuthorizedParties() {
    return authorizedParties;
  }

  /** Accepted {@code iss} values; empty means not checked. */
  public List<String> getIssuer() {
    return issuer;
  }

  /** Accepted header {@code typ} values, or null for the default ({@code JWT}, or no {@code typ}). */
  public List<String> getHeaderType() {
    return headerType;
  }

  /** Clock skew allowed on time claims. */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /** True to refetch the JWKS on every verification. */
  public boolean isSkipJwksCache() {
    return skipJwksCache;
  }

  /** The secret key override, or null for the client's. */
  public String getSecretKey() {
    return secretKey;
  }

  /** The PEM key override, or null for the client's. */
  public String getJwtKey() {
    return jwtKey;
  }

  @Override
  public String toString() {
    return "VerifyTokenOptions{audience=" + audience + ", authorizedParties=" + authorizedParties
        + ", issuer=" + issuer + ", headerType=" + headerType + ", clockSkew=" + clockSkew
        + ", skipJwksCache=" + skipJwksCache + ", secretKey=" + Redaction.secret(secretKey)
        + ", jwtKey=" + (jwtKey == null ? "null" : "set") + "}";
  }

  private static List<String> freeze(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        if (v != null && !v.isEmpty()) {
          out.add(v);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Builds {@link VerifyTokenOptions}. */
  public static final class Builder {
    private List<String> audience;
    private List<String> authorizedParties;
    private List<String> issuer;
    private List<String> headerType;
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private boolean skipJwksCache;
    private String secretKey;
    private String jwtKey;

    private Builder() {
    }

    /** Accepted audiences ({@code aud}); checked only when both sides are non-empty. */
    public Builder audience(String... audience) {
      return audience(Arrays.asList(audience));
    }

    /** Accepted audiences ({@code aud}). */
    public Builder audience(List<String> audience) {
      this.audience = audience == null ? null : new ArrayList<>(audience);
      return this;
    }

    /** Accepted authorized parties ({@code azp}); once set, tokens without {@code azp} fail. */
    public Builder authorizedParties(String... parties) {
      return authorizedParties(Arrays.asList(parties));
    }

    /** Accepted authorized parties ({@code azp}). */
    public Builder authorizedParties(List<String> parties) {
      this.authorizedParties = parties == null ? null : new ArrayList<>(parties);
      return this;
    }

    /** Accepted issuers ({@code iss}), exact match. */
    public Builder issuer(String... issuer) {
      this.issuer = new ArrayList<>(Arrays.asList(issuer));
      return this;
    }

    /** Accepted header {@code typ} values. */
    public Builder headerType(String... types) {
      this.headerType = new ArrayList<>(Arrays.asList(types));
      return this;
    }

    /** Clock skew; default {@link VerifyTokenOptions#DEFAULT_CLOCK_SKEW}. */
    public Builder clockSkew(Duration skew) {
      this.clockSkew = skew;
      return this;
    }

    /** Refetch the JWKS on every verification. */
    public Builder skipJwksCache(boolean skip) {
      this.skipJwksCache = skip;
      return this;
    }

    /** A secret key for this verification (JWKS scope), overriding the client's. */
    public Builder secretKey(String secretKey) {
      this.secretKey = Strings.blankToNull(secretKey);
      return this;
    }

    /** A PEM public key for this verification, overriding the client's. */
    public Builder jwtKey(String jwtKey) {
      this.jwtKey = jwtKey == null || jwtKey.trim().isEmpty() ? null : jwtKey;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "clockSkew must not be negative" or "headerType must not be empty"
     */
    public VerifyTokenOptions build() {
      if (clockSkew == null || clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative");
      }
      if (headerType != null && headerType.isEmpty()) {
        throw new IllegalArgumentException("headerType must not be empty");
      }
      return new VerifyTokenOptions(this);
    }
  }
}
