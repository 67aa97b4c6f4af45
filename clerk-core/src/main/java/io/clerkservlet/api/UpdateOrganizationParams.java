package io.clerkservlet.api;

/**
 * Parameters of {@link OrganizationApi#updateOrganization(String, UpdateOrganizationParams)}: only
 * the fields set are sent. Metadata is not part of this call since API version 2026-05-12: use
 * {@link OrganizationApi#updateOrganizationMetadata(String, UpdateOrganizationMetadataParams)}.
 */
public final class UpdateOrganizationParams {
  private final String name;
  private final String slug;
  private final Integer maxAllowedMemberships;
  private final Boolean adminDeleteEnabled;

  private UpdateOrganizationParams(Builder b) {
    this.name = b.name;
    this.slug = b.slug;
    this.maxAllowedMemberships = b.maxAllowedMemberships;
    this.adminDeleteEnabled = b.adminDeleteEnabled;
  }

  /** A new builder; at least one field must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name, or null to keep it. */
  public String getName() {
    return name;
  }

  /** The new slug, or null to keep it. */
  public String getSlug() {
    return slug;
  }

  /** The new membership limit, or null to keep it. */
  public Integer getMaxAllowedMemberships() {
    return maxAllowedMemberships;
  }

  /** Whether admins may delete the organization, or null to keep it. */
  public Boolean getAdminDeleteEnabled() {
    return adminDeleteEnabled;
  }

  /** Builds {@link UpdateOrganizationParams}. */
  public static final class Builder {
    private String name;
    private String slug;
    private Integer maxAllowedMemberships;
    private Boolean adminDeleteEnabled;

    private Builder() {
    }

    /** The new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The new slug. */
    public Builder slug(String slug) {
      this.slug = slug;
      return this;
    }

    /** The new membership limit; 0 for unlimited. */
    public Builder maxAllowedMemberships(int max) {
      this.maxAllowedMemberships = max;
      return this;
    }

    /** Whether admins may delete the organization. */
    public Builder adminDeleteEnabled(boolean enabled) {
      this.adminDeleteEnabled = enabled;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "at least one field is required" or
     *     "maxAllowedMemberships must not be negative"
     */
    public UpdateOrganizationParams build() {
      if (name == null && slug == null && maxAllowedMemberships == null && adminDeleteEnabled == null) {
        throw new IllegalArgumentException("at least one field is required");
      }
      if (maxAllowedMemberships != null && maxAllowedMemberships < 0) {
        throw new IllegalArgumentException("maxAllowedMemberships must not be negative");
      }
      return new UpdateOrganizationParams(this);
    }
  }
}
