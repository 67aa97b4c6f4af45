package io.clerkservlet.api;

/** Parameters of {@link M2MTokenApi#revokeToken(RevokeM2MTokenParams)}. */
public final class RevokeM2MTokenParams {
  private final String m2mTokenId;
  private final String revocationReason;
  private final String machineSecretKey;

  private RevokeM2MTokenParams(Builder b) {
    this.m2mTokenId = b.m2mTokenId;
    this.revocationReason = b.revocationReason;
    this.machineSecretKey = b.machineSecretKey;
  }

  /** A new builder; {@code m2mTokenId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token to revoke, {@code mt_…}. */
  public String getM2mTokenId() {
    return m2mTokenId;
  }

  /** Why, or null. */
  public String getRevocationReason() {
    return revocationReason;
  }

  /** The per-call machine secret key, or null. */
  public String getMachineSecretKey() {
    return machineSecretKey;
  }

  /** Builds {@link RevokeM2MTokenParams}. */
  public static final class Builder {
    private String m2mTokenId;
    private String revocationReason;
    private String machineSecretKey;

    private Builder() {
    }

    /** The token id; required. */
    public Builder m2mTokenId(String id) {
      this.m2mTokenId = id;
      return this;
    }

    /** An optional reason, recorded by Clerk. */
    public Builder revocationReason(String reason) {
      this.revocationReason = reason;
      return this;
    }

    /** A machine secret key for this call only. */
    public Builder machineSecretKey(String key) {
      this.machineSecretKey = key;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "A valid resource ID is required." when the id is empty
     */
    public RevokeM2MTokenParams build() {
      if (m2mTokenId == null || m2mTokenId.isEmpty()) {
        throw new IllegalArgumentException("A valid resource ID is required.");
      }
      return new RevokeM2MTokenParams(this);
    }
  }
}
