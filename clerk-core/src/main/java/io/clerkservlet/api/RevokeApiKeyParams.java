package io.clerkservlet.api;

/** Parameters of {@link ApiKeyApi#revoke(RevokeApiKeyParams)}. */
public final class RevokeApiKeyParams {
  private final String apiKeyId;
  private final String revocationReason;

  private RevokeApiKeyParams(Builder b) {
    this.apiKeyId = b.apiKeyId;
    this.revocationReason = b.revocationReason;
  }

  /** A new builder; {@code apiKeyId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key to revoke, {@code ak_…}. */
  public String getApiKeyId() {
    return apiKeyId;
  }

  /** Why, or null. */
  public String getRevocationReason() {
    return revocationReason;
  }

  /** Builds {@link RevokeApiKeyParams}. */
  public static final class Builder {
    private String apiKeyId;
    private String revocationReason;

    private Builder() {
    }

    /** The key id; required. */
    public Builder apiKeyId(String id) {
      this.apiKeyId = id;
      return this;
    }

    /** An optional reason, recorded by Clerk. */
    public Builder revocationReason(String reason) {
      this.revocationReason = reason;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "A valid resource ID is required." when the id is empty
     */
    public RevokeApiKeyParams build() {
      if (apiKeyId == null || apiKeyId.isEmpty()) {
        throw new IllegalArgumentException("A valid resource ID is required.");
      }
      return new RevokeApiKeyParams(this);
    }
  }
}
