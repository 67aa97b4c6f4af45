package io.clerkservlet.api;

import java.util.Map;

/**
 * Parameters of {@link UserApi#updateUserMetadata(String, UpdateUserMetadataParams)}: each map is
 * deep-merged into the user's metadata; a null value inside a map removes that key.
 */
public final class UpdateUserMetadataParams {
  private final Map<String, Object> publicMetadata;
  private final Map<String, Object> privateMetadata;
  private final Map<String, Object> unsafeMetadata;

  private UpdateUserMetadataParams(Builder b) {
    this.publicMetadata = Params.copy(b.publicMetadata);
    this.privateMetadata = Params.copy(b.privateMetadata);
    this.unsafeMetadata = Params.copy(b.unsafeMetadata);
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

  /** Unsafe metadata to merge, or null. */
  public Map<String, Object> getUnsafeMetadata() {
    return unsafeMetadata;
  }

  /** Builds {@link UpdateUserMetadataParams}. */
  public static final class Builder {
    private Map<String, ?> publicMetadata;
    private Map<String, ?> privateMetadata;
    private Map<String, ?> unsafeMetadata;

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

    /** Unsafe metadata to merge. */
    public Builder unsafeMetadata(Map<String, ?> metadata) {
      this.unsafeMetadata = metadata;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "at least one metadata map is required"
     */
    public UpdateUserMetadataParams build() {
      if (publicMetadata == null && privateMetadata == null && unsafeMetadata == null) {
        throw new IllegalArgumentException("at least one metadata map is required");
      }
      return new UpdateUserMetadataParams(this);
    }
  }
}
