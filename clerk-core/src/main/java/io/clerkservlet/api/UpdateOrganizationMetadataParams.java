package io.clerkservlet.api;

import java.util.Map;

/**
 * Parameters of {@link OrganizationApi#updateOrganizationMetadata(String, UpdateOrganizationMetadataParams)}:
 * each map is deep-merged into the organization's metadata; a null value removes that key.
 */
public final class UpdateOrganizationMetadataParams {
  private final Map<String, Object> publicMetadata;
  private final Map<String, Object> privateMetadata;

  private UpdateOrganizationMetadataParams(Builder b) {
    this.publicMetadata = Params.copy(b.publicMetadata);
    this.privateMetadata = Params.copy(b.privateMetadata);
  }

  /** A new builder; at least one map must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Public metadata to merge, or null. */
  public Map<String, Object> getPublicMetadata() {
    return publicMetadata;
  }

  /** Private metadata to merge, or null. */
  public Map<String, Object> getPrivateMetadata() {
    return privateMetadata;
  }

  /** Builds {@link UpdateOrganizationMetadataParams}. */
  public static final class Builder {
    private Map<String, ?> publicMetadata;
    private Map<String, ?> privateMetadata;

    private Builder() {
    }

    /** Public metadata to merge. */
    public Builder publicMetadata(Map<String, ?> metadata) {
      this.publicMetadata = metadata;
      return this;
    }

    /** Private metadata to merge. */
    public Builder privateMetadata(Map<String, ?> metadata) {
      this.privateMetadata = metadata;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "at least one metadata map is required"
     */
    public UpdateOrganizationMetadataParams build() {
      if (publicMetadata == null && privateMetadata == null) {
        throw new IllegalArgumentException("at least one metadata map is required");
      }
      return new UpdateOrganizationMetadataParams(this);
    }
  }
}
