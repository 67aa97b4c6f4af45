package io.clerkservlet.api;

/** Parameters of {@link ApiKeyApi#list(ListApiKeysParams)}. */
public final class ListApiKeysParams {
  /** Clerk's largest page of API keys. */
  public static final int MAX_LIMIT = 100;

  private final String subject;
  private final Boolean includeInvalid;
  private final Integer limit;
  private final Integer offset;

  private ListApiKeysParams(Builder b) {
    this.subject = b.subject;
    this.includeInvalid = b.includeInvalid;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder; {@code subject} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The owner whose keys to list. */
  public String getSubject() {
    return subject;
  }

  /** Whether revoked and expired keys are included, or null for Clerk's default (false). */
  public Boolean getIncludeInvalid() {
    return includeInvalid;
  }

  /** Page size (1 to 100), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListApiKeysParams}. */
  public static final class Builder {
    private String subject;
    private Boolean includeInvalid;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** The owner whose keys to list; required. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** Also list revoked and expired keys. */
    public Builder includeInvalid(boolean includeInvalid) {
      this.includeInvalid = includeInvalid;
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

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "subject is required", "limit must be between 1 and 100"
     *     or "offset must not be negative"
     */
    public ListApiKeysParams build() {
      if (subject == null || subject.isEmpty()) {
        throw new IllegalArgumentException("subject is required");
      }
      if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
        throw new IllegalArgumentException("limit must be between 1 and 100");
      }
      Pagination.check(null, offset);
      return new ListApiKeysParams(this);
    }
  }
}
