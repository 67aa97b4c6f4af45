package io.clerkservlet.api;

/**
 * Parameters of {@link M2MTokenApi#verify(VerifyM2MTokenParams)}: the token, and the machine
 * secret key for this call (as {@code @clerk/backend}'s {@code verify({token, machineSecretKey})}).
 */
public final class VerifyM2MTokenParams {
  private final String token;
  private final String machineSecretKey;

  private VerifyM2MTokenParams(Builder b) {
    this.token = b.token;
    this.machineSecretKey = b.machineSecretKey;
  }

  /** A new builder; {@code token} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token to verify: {@code mt_…} or an M2M JWT. */
  public String getToken() {
    return token;
  }

  /** The per-call machine secret key, or null for the client's. */
  public String getMachineSecretKey() {
    return machineSecretKey;
  }

  @Override
  public String toString() {
    return "VerifyM2MTokenParams{token=[redacted], machineSecretKey="
        + (machineSecretKey == null ? "null" : "[redacted]") + "}";
  }

  /** Builds {@link VerifyM2MTokenParams}. */
  public static final class Builder {
    private String token;
    private String machineSecretKey;

    private Builder() {
    }

    /** The token; required. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** A machine secret key for this call only (the bearer of the call to Clerk). */
    public Builder machineSecretKey(String key) {
      this.machineSecretKey = key;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "token is required" when the token is null or empty
     */
    public VerifyM2MTokenParams build() {
      if (token == null || token.isEmpty()) {
        throw new IllegalArgumentException("token is required");
      }
      return new VerifyM2MTokenParams(this);
    }
  }
}
