package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A user's membership in an organization ({@code "object": "organization_membership"}). */
public final class OrganizationMembership {
  private String id;
  private String role;
  private String roleName;
  private List<String> permissions;
  private Map<String, Object> publicMetadata;
  private Map<String, Object> privateMetadata;
  private Organization organization;
  private PublicUserData publicUserData;
  private long createdAt;
  private long updatedAt;

  private OrganizationMembership() {
  }

  /** The membership id, {@code orgmem_…}. */
  public String getId() {
    return id;
  }

  /** The role key, for example {@code org:admin}. */
  public String getRole() {
    return role;
  }

  /** The role's display name, or null. */
  public String getRoleName() {
    return roleName;
  }

  /** The permissions the role grants, for example {@code org:sys_memberships:read}; never null. */
  public List<String> getPermissions() {
    return permissions == null ? Collections.<String>emptyList() : Collections.unmodifiableList(permissions);
  }

  /** Metadata readable by the frontend; never null. */
  public Map<String, Object> getPublicMetadata() {
    return User.readOnly(publicMetadata);
  }

  /** Metadata only the backend sees; never null. */
  public Map<String, Object> getPrivateMetadata() {
    return User.readOnly(privateMetadata);
  }

  /** The organization. */
  public Organization getOrganization() {
    return organization;
  }

  /** The member's public profile, or null. */
  public PublicUserData getPublicUserData() {
    return publicUserData;
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
    return "OrganizationMembership{id=" + id + ", role=" + role + ", organizationId="
        + (organization == null ? null : organization.getId()) + ", userId="
        + (publicUserData == null ? null : publicUserData.getUserId()) + "}";
  }
}
