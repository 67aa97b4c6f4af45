package io.clerkservlet.model;

import java.util.Map;

/** An organization ({@code "object": "organization"}). Timestamps are epoch milliseconds. */
public final class Organization {
  private String id;
  private String name;
  private String slug;
  private String imageUrl;
  private boolean hasImage;
  private Integer membersCount;
  private int maxAllowedMemberships;
  private boolean adminDeleteEnabled;
  private Map<String, Object> publicMetadata;
  private Map<String, Object> privateMetadata;
  private String createdBy;
  private long createdAt;
  private long updatedAt;

  private Organization() {
  }

  /** The organization id, {@code org_…}. */
  public String getId() {
    return id;
  }

  /** The display name. */
  public String getName() {
    return name;
  }

  /** The unique slug. */
  public String getSlug() {
    return slug;
  }

  /** The logo URL, or null. */
  public String getImageUrl() {
    return imageUrl;
  }

  /** True when a logo was uploaded. */
  public boolean isHasImage() {
    return hasImage;
  }

  /** The number of members, or null unless asked for. */
  public Integer getMembersCount() {
    return membersCount;
  }

  /** The membership limit; 0 means unlimited. */
  public int getMaxAllowedMemberships() {
    return maxAllowedMemberships;
  }

  /** True when admins may delete the organization. */
  public boolean isAdminDeleteEnabled() {
    return adminDeleteEnabled;
  }

  /** Metadata readable by the frontend; never null. */
  public Map<String, Object> getPublicMetadata() {
    return User.readOnly(publicMetadata);
  }

  /** Metadata only the backend sees; never null. */
  public Map<String, Object> getPrivateMetadata() {
    return User.readOnly(privateMetadata);
  }

  /** The user who created it, or null. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** Creation time in epoch milliseconds. */
  public long getCreatedAt() {
    return createdAt;
  }

  /** Last update in epoch milliseconds. */
  public long getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Organization{id=" + id + ", slug=" + slug + "}";
  }
}
