package io.clerkservlet.api;

/**
 * Parameters of {@link OrganizationApi#createOrganizationMembership(OrganizationMembershipParams)}
 * and {@link OrganizationApi#updateOrganizationMembership(OrganizationMembershipParams)}: which
 * user, in which organization, with which role. Every field is required.
 */
public final class OrganizationMembershipParams {
  private final String organizationId;
  private final String userId;
  private final String role;

  private OrganizationMembershipParams(Builder b) {
    this.organizationId = b.organizationId;
    this.userId = b.userId;
    this.role = b.role;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The organization, {@code org_…}. */
  public String getOrganizationId() {
    return organizationId;
  }

  /** The user, {@code user_…}. */
  public String getUserId() {
    return userId;
  }

  /** The role key, for example {@code org:member}. */
  public String getRole() {
    return role;
  }

  /** Builds {@link OrganizationMembershipParams}. */
  public static final class Builder {
    private String organizationId;
    private String userId;
    private String role;

    private Builder() {
    }

    /** The organization; required. */
    public Builder organizationId(String organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    /** The user; required. */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /** The role key, for example {@code org:admin} or {@code org:member}; required. */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "organizationId is required", "userId is required" or
     *     "role is required"
     */
    public OrganizationMembershipParams build() {
      Params.require("organizationId", organizationId);
      Params.require("userId", userId);
      Params.require("role", role);
      return new OrganizationMembershipParams(this);
    }
  }
}
