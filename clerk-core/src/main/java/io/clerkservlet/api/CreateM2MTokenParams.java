package io.clerkservlet.api;

import io.clerkservlet.internal.Redaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parameters of {@link M2MTokenApi#createToken(CreateM2MTokenParams)}. */
public final class CreateM2MTokenParams {
  private final Long secondsUntilExpiration;
  private final Map<String, Object> claims;
  private final TokenFormat tokenFormat;
  private final Long minRemainingTtlSeconds;
  private final String machineSecretKey;

  private CreateM2MTokenParams(Builder b) {
    this.secondsUntilExpiration = b.secondsUntilExpiration;
    this.claims = b.claims == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.claims));
    this.tokenFormat = b.tokenFormat;
    this.minRemainingTtlSeconds = b.minRemainingTtlSeconds;
    this.machineSecretKey = b.machineSecretKey;
  }

  /** A new builder; every field is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Lifetime in seconds, or null for the machine's default. */
  public Long getSecondsUntilExpiration() {
    return secondsUntilExpiration;
  }

  /** Custom claims, or null. */
  public Map<String, Object> getClaims() {
    return claims;
  }

  /** The token format; {@link TokenFormat#OPAQUE} by default. */
  public TokenFormat getTokenFormat() {
    return tokenFormat;
  }

  /** Server-side reuse threshold in seconds, or null. */
  public Long getMinRemainingTtlSeconds() {
    return minRemainingTtlSeconds;
  }

  /** The per-call machine secret key, or null for the client's. */
  public String getMachineSecretKey() {
    return machineSecretKey;
  }

  @Override
  public String toString() {
    return "CreateM2MTokenParams{secondsUntilExpiration=" + secondsUntilExpiration
        + ", tokenFormat=" + tokenFormat + ", minRemainingTtlSeconds=" + minRemainingTtlSeconds
        + ", machineSecretKey=" + Redaction.secret(machineSecretKey) + "}";
  }

  /** Builds {@link CreateM2MTokenParams}. */
  public static final class Builder {
    private Long secondsUntilExpiration;
    private Map<String, Object> claims;
    private TokenFormat tokenFormat = TokenFormat.OPAQUE;
    private Long minRemainingTtlSeconds;
    private String machineSecretKey;

    private Builder() {
    }

    /** Lifetime in seconds; must be positive. */
    public Builder secondsUntilExpiration(long seconds) {
      this.secondsUntilExpiration = seconds;
      return this;
    }

    /** Custom claims embedded in the token. */
    public Builder claims(Map<String, ?> claims) {
      this.claims = claims == null ? null : new LinkedHashMap<String, Object>(claims);
      return this;
    }

    /** Opaque (default) or JWT. */
    public Builder tokenFormat(TokenFormat format) {
      this.tokenFormat = format;
      return this;
    }

    /** Reuse a live opaque token with at least this many seconds left; must not be negative. */
    public Builder minRemainingTtlSeconds(long seconds) {
      this.minRemainingTtlSeconds = seconds;
      return this;
    }

    /** A machine secret key for this call only, overriding the client's. */
    public Builder machineSecretKey(String key) {
      this.machineSecretKey = key;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "secondsUntilExpiration must be positive",
     *     "minRemainingTtlSeconds must not be negative" or "tokenFormat is required"
     */
    public CreateM2MTokenParams build() {
      if (secondsUntilExpiration != null && secondsUntilExpiration <= 0) {
        throw new IllegalArgumentException("secondsUntilExpiration must be positive");
      }
      if (minRemainingTtlSeconds != null && minRemainingTtlSeconds < 0) {
        throw new IllegalArgumentException("minRemainingTtlSeconds must not be negative");
      }
      if (tokenFormat == null) {
        throw new IllegalArgumentException("tokenFormat is required");
      }
      return new CreateM2MTokenParams(this);
    }
  }
}
