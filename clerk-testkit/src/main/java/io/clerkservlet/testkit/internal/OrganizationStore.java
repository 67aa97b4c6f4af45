package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake's organizations and memberships, as Clerk's {@code Organization} and
 * {@code OrganizationMembership} schemas. The instance knows the two default roles,
 * {@code org:admin} and {@code org:member}. Callers lock the shared {@link FakeState}.
 */
public final class OrganizationStore {
  private static final Map<String, List<String>> ROLE_PERMISSIONS = new LinkedHashMap<>();

  static {
    ROLE_PERMISSIONS.put("org:admin", Arrays.asList("org:sys_profile:manage", "org:sys_profile:delete",
        "org:sys_memberships:read", "org:sys_memberships:manage", "org:sys_domains:read",
        "org:sys_domains:manage"));
    ROLE_PERMISSIONS.put("org:member", Arrays.asList("org:sys_memberships:read"));
  }

  private final FakeState state;
  private final UserStore users;
  private final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> memberships = new LinkedHashMap<>();

  /** Creates an empty store. */
  public OrganizationStore(FakeState state, UserStore users) {
    this.state = state;
    this.users = users;
  }

  /** Every organization, oldest first (live records). */
  public Collection<Map<String, Object>> all() {
    return organizations.values();
  }

  /** Creates an organization; a null slug is derived from the name. */
  public Map<String, Object> create(String name, String slug, String createdBy, Long maxMemberships,
      Map<String, Object> publicMetadata, Map<String, Object> privateMetadata) {
    String finalSlug = slug != null
        ? slug : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    requireFreeSlug(finalSlug, null);
    if (createdBy != null) {
      users.get(createdBy);
    }
    long now = state.nowMillis();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("object", "organization");
    o.put("id", Ids.word27("org_"));
    o.put("name", name);
    o.put("slug", finalSlug);
    o.put("image_url", "https://img.clerk.com/fake-default-organization");
    o.put("has_image", false);
    o.put("max_allowed_memberships", maxMemberships == null ? 0L : maxMemberships);
    o.put("admin_delete_enabled", true);
    o.put("public_metadata", orEmpty(publicMetadata));
    o.put("private_metadata", orEmpty(privateMetadata));
    if (createdBy != null) {
      o.put("created_by", createdBy);
    }
    o.put("created_at", now);
    o.put("updated_at", now);
    organizations.put((String) o.get("id"), o);
    memberships.put((String) o.get("id"), new LinkedHashMap<String, Map<String, Object>>());
    if (createdBy != null) {
      addMembership((String) o.get("id"), createdBy, "org:admin");
    }
    return o;
  }

  /** An organization by id or slug, or a 404. */
  public Map<String, Object> get(String idOrSlug) {
    Map<String, Object> o = organizations.get(idOrSlug);
    for (Map<String, Object> candidate : organizations.values()) {
      if (o == null && candidate.get("slug").equals(idOrSlug)) {
        o = candidate;
      }
    }
    if (o == null) {
      throw FakeError.notFound("Organization");
    }
    return o;
  }

  /** Removes an organization and its memberships, or a 404. */
  public Map<String, Object> remove(String idOrSlug) {
    Map<String, Object> o = get(idOrSlug);
    organizations.remove(o.get("id"));
    memberships.remove(o.get("id"));
    return o;
  }

  /** Fails with 422 {@code form_identifier_exists} when another organization has the slug. */
  public void requireFreeSlug(String slug, String exceptId) {
    for (Map<String, Object> o : organizations.values()) {
      if (o.get("slug").equals(slug) && !o.get("id").equals(exceptId)) {
        throw new FakeError(Reply.paramError(422, "form_identifier_exists", "slug",
            "is taken", "That slug is taken. Please try another."));
      }
    }
  }

  /** The number of members of an organization. */
  public int memberCount(String orgId) {
    return memberships.get(orgId).size();
  }

  /** Adds a user to an organization with a role; 404 for unknown ids, 422 for a member or bad role. */
  public Map<String, Object> addMembership(String orgIdOrSlug, String userId, String role) {
    Map<String, Object> org = get(orgIdOrSlug);
    users.get(userId);
    requireRole(role);
    Map<String, Map<String, Object>> members = memberships.get(org.get("id"));
    if (members.containsKey(userId)) {
      throw new FakeError(Reply.error(422, "already_a_member_in_organization", "already a member",
          "The user is already a member of this organization.", null));
    }
    long max = (Long) org.get("max_allowed_memberships");
    if (max > 0 && members.size() >= max) {
      throw new FakeError(Reply.error(403, "organization_membership_quota_exceeded",
          "membership quota exceeded", "The organization has reached its membership limit.", null));
    }
    long now = state.nowMillis();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Ids.word27("orgmem_"));
    m.put("role", role);
    m.put("public_metadata", new LinkedHashMap<String, Object>());
    m.put("private_metadata", new LinkedHashMap<String, Object>());
    m.put("created_at", now);
    m.put("updated_at", now);
    m.put("__org_id", org.get("id"));
    m.put("__user_id", userId);
    members.put(userId, m);
    return m;
  }

  /** The membership of a user in an organization, or a 404. */
  public Map<String, Object> membership(String orgIdOrSlug, String userId) {
    Map<String, Object> m = memberships.get(get(orgIdOrSlug).get("id")).get(userId);
    if (m == null) {
      throw FakeError.notFound("Organization membership");
    }
    return m;
  }

  /** The memberships of an organization, oldest first. */
  public List<Map<String, Object>> memberships(String orgIdOrSlug) {
    return new ArrayList<>(memberships.get(get(orgIdOrSlug).get("id")).values());
  }

  /** Removes a membership, or a 404. */
  public Map<String, Object> removeMembership(String orgIdOrSlug, String userId) {
    Map<String, Object> m = membership(orgIdOrSlug, userId);
    memberships.get(m.get("__org_id")).remove(userId);
    return m;
  }

  /** Drops every membership of a deleted user. */
  public void forgetUser(String userId) {
    for (Map<String, Map<String, Object>> members : memberships.values()) {
      members.remove(userId);
    }
  }

  /** Fails with 422 unless the role is one the instance defines. */
  public void requireRole(String role) {
    if (!ROLE_PERMISSIONS.containsKey(role)) {
      throw FakeError.invalid("role", "role must be one of " + ROLE_PERMISSIONS.keySet() + ".");
    }
  }

  /** The {@code OrganizationMembership} view: role, permissions, organization, public user data. */
  public Map<String, Object> membershipView(Map<String, Object> m) {
    Map<String, Object> user = users.get((String) m.get("__user_id"));
    Map<String, Object> publicUser = new LinkedHashMap<>();
    publicUser.put("user_id", user.get("id"));
    publicUser.put("first_name", user.get("first_name"));
    publicUser.put("last_name", user.get("last_name"));
    publicUser.put("profile_image_url", user.get("image_url"));
    publicUser.put("image_url", user.get("image_url"));
    publicUser.put("has_image", user.get("has_image"));
    publicUser.put("identifier", users.primaryEmail(user));
    publicUser.put("username", user.get("username"));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("object", "organization_membership");
    view.put("id", m.get("id"));
    view.put("role", m.get("role"));
    view.put("role_name", m.get("role").equals("org:admin") ? "Admin" : "Member");
    view.put("permissions", new ArrayList<>(ROLE_PERMISSIONS.get((String) m.get("role"))));
    view.put("public_metadata", m.get("public_metadata"));
    view.put("private_metadata", m.get("private_metadata"));
    view.put("organization", organizations.get(m.get("__org_id")));
    view.put("public_user_data", publicUser);
    view.put("created_at", m.get("created_at"));
    view.put("updated_at", m.get("updated_at"));
    return view;
  }

  private static Map<String, Object> orEmpty(Map<String, Object> metadata) {
    return metadata == null ? new LinkedHashMap<String, Object>() : metadata;
  }
}
