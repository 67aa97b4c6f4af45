package io.clerkservlet.api;

/** Parameters of {@link M2MTokenApi#list(ListM2MTokensParams)}. */
public final class ListM2MTokensParams {
  /** The largest page of this endpoint (Clerk's spec: 1 to 100, unlike the classic 500). */
  public static final int MAX_LIMIT = 100;

  private final String subject;
  private final Boolean revoked;
  private final Boolean expired;
  private final Integer limit;
  private final Integer offset;
  private final String machineSecretKey;

  private ListM2MTokensParams(Builder b) {
    this.subject = b.subject;
    this.revoked = b.revoked;
    this.expired = b.expired;
    this.limit = b.limit;
    this.offset = b.offset;
    this.machineSecretKey = b.machineSecretKey;
  }

  /** A new builder; {@code subject} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine whose tokens to list, {@code mch_…}. */
  public String getSubject() {
    return subject;
  }

  /** Filter on revocation, or null for both. */
  public Boolean getRevoked() {
    return revoked;
  }

  /** Filter on expiry, or null for both. */
  public Boolean getExpired() {
    return expired;
  }

  /** Page size (1 to 100), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** The per-call machine secret key, or null. */
  public String getMachineSecretKey() {
    return machineSecretKey;
  }

  /** Builds {@link ListM2MTokensParams}. */
  public static final class Builder {
    private String subject;
    private Boolean revoked;
    private Boolean expired;
    private Integer limit;
    private Integer offset;
    private String machineSecretKey;

    private Builder() {
    }

    /** The machine whose tokens to list; required. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** Only revoked (true) or only live (false) tokens. */
    public Builder revoked(boolean revoked) {
      this.revoked = revoked;
      return this;
    }

    /** Only expired (true) or only unexpired (false) tokens. */
    public Builder expired(boolean expired) {
      this.expired = expired;
      return this;
    }

    /** Page size, 1 to 100. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Items to skip, at least 0. */
    public Builder offset(int offset) {
      this.offset = offset;
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
     * @throws IllegalArgumentException "subject is required", "limit must be between 1 and 100"
     *     or "offset must not be negative"
     */
    public ListM2MTokensParams build() {
      if (subject == null || subject.isEmpty()) {
        throw new IllegalArgumentException("subject is required");
      }
      Pagination.check(limit, offset, MAX_LIMIT);
      return new ListM2MTokensParams(this);
    }
  }
}
