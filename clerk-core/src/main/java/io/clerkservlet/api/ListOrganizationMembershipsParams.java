package io.clerkservlet.api;

/**
 * Parameters of {@link OrganizationApi#getOrganizationMembershipList(ListOrganizationMembershipsParams)};
 * {@code organizationId} is required.
 */
public final class ListOrganizationMembershipsParams {
  private final String organizationId;
  private final Integer limit;
  private final Integer offset;

  private ListOrganizationMembershipsParams(Builder b) {
    this.organizationId = b.organizationId;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The organization whose members to list, {@code org_…}. */
  public String getOrganizationId() {
    return organizationId;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListOrganizationMembershipsParams}. */
  public static final class Builder {
    private String organizationId;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** The organization; required. */
    public Builder organizationId(String organizationId) {
      this.organizationId = organizationId;
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
     * @throws IllegalArgumentException "organizationId is required", "limit must be between 1 and
     *     500" or "offset must not be negative"
     */
    public ListOrganizationMembershipsParams build() {
      Params.require("organizationId", organizationId);
      Pagination.check(limit, offset);
      return new ListOrganizationMembershipsParams(this);
    }
  }
}
