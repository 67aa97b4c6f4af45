package io.clerkservlet.api;

/** Filters of {@link InvitationApi#getInvitationList(ListInvitationsParams)}; every field is optional. */
public final class ListInvitationsParams {
  private final String status;
  private final String query;
  private final Integer limit;
  private final Integer offset;

  private ListInvitationsParams(Builder b) {
    this.status = b.status;
    this.query = b.query;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Only invitations with this status ({@code pending}, {@code accepted}, ...), or null. */
  public String getStatus() {
    return status;
  }

  /** A partial match on the email address, or null. */
  public String getQuery() {
    return query;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListInvitationsParams}. */
  public static final class Builder {
    private String status;
    private String query;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** Only invitations with this status, for example {@code pending}. */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** A partial match on the email address. */
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Page size, 1 to 500. */
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
     * @throws IllegalArgumentException "limit must be between 1 and 500" or "offset must not be negative"
     */
    public ListInvitationsParams build() {
      Pagination.check(limit, offset);
      return new ListInvitationsParams(this);
    }
  }
}
