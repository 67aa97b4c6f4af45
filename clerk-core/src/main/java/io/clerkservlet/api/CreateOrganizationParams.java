package io.clerkservlet.api;

import java.util.Map;

/**
 * Parameters of {@link OrganizationApi#createOrganization(CreateOrganizationParams)};
 * {@code name} is required.
 */
public final class CreateOrganizationParams {
  private final String name;
  private final String slug;
  private final String createdBy;
  private final Integer maxAllowedMemberships;
  private final Map<String, Object> publicMetadata;
  private final Map<String, Object> privateMetadata;

  private CreateOrganizationParams(Builder b) {
    this.name = b.name;
    this.slug = b.slug;
    this.createdBy = b.createdBy;
    this.maxAllowedMemberships = b.maxAllowedMemberships;
    this.publicMetadata = Params.copy(b.publicMetadata);
    this.privateMetadata = Params.copy(b.privateMetadata);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The display name. */
  public String getName() {
    return name;
  }

  /** The slug, or null to derive one from the name. */
  public String getSlug() {
    return slug;
  }

  /** The user who becomes the first admin, or null. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** The membership limit (0 for unlimited), or null for the instance default. */
  public Integer getMaxAllowedMemberships() {
    return maxAllowedMemberships;
  }

  /** Public metadata, or null. */
  public Map<String, Object> getPublicMetadata() {
    return publicMetadata;
  }

  /** Private metadata, or null. */
  public Map<String, Object> getPrivateMetadata() {
    return privateMetadata;
  }

  /** Builds {@link CreateOrganizationParams}. */
  public static final class Builder {
    private String name;
    private String slug;
    private String createdBy;
    private Integer maxAllowedMemberships;
    private Map<String, ?> publicMetadata;
    private Map<String, ?> privateMetadata;

    private Builder() {
    }

    /** The display name; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The unique slug. */
    public Builder slug(String slug) {
      this.slug = slug;
      return this;
    }

    /** The user who becomes the organization's first admin. */
    public Builder createdBy(String userId) {
      this.createdBy = userId;
      return this;
    }

    /** The membership limit; 0 for unlimited. */
    public Builder maxAllowedMemberships(int max) {
      this.maxAllowedMemberships = max;
      return this;
    }

    /** Metadata readable by the frontend. */
    public Builder publicMetadata(Map<String, ?> metadata) {
      this.publicMetadata = metadata;
      return this;
    }

    /** Metadata only the backend sees. */
    public Builder privateMetadata(Map<String, ?> metadata) {
      this.privateMetadata = metadata;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "name is required" or "maxAllowedMemberships must not be negative"
     */
    public CreateOrganizationParams build() {
      Params.require("name", name);
      if (maxAllowedMemberships != null && maxAllowedMemberships < 0) {
        throw new IllegalArgumentException("maxAllowedMemberships must not be negative");
      }
      return new CreateOrganizationParams(this);
    }
  }
}
