package io.clerkservlet.api;

/**
 * Filters of {@link OrganizationApi#getOrganizationList(ListOrganizationsParams)}; every field is
 * optional.
 */
public final class ListOrganizationsParams {
  private final String query;
  private final boolean includeMembersCount;
  private final Integer limit;
  private final Integer offset;

  private ListOrganizationsParams(Builder b) {
    this.query = b.query;
    this.includeMembersCount = b.includeMembersCount;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A partial match on id, name and slug, or null. */
  public String getQuery() {
    return query;
  }

  /** True to fill {@code Organization.getMembersCount()}. */
  public boolean isIncludeMembersCount() {
    return includeMembersCount;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListOrganizationsParams}. */
  public static final class Builder {
    private String query;
    private boolean includeMembersCount;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** A partial, case-insensitive match on id, name and slug. */
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Ask Clerk to count each organization's members. */
    public Builder includeMembersCount(boolean include) {
      this.includeMembersCount = include;
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
    public ListOrganizationsParams build() {
      Pagination.check(limit, offset);
      return new ListOrganizationsParams(this);
    }
  }
}
