package io.clerkservlet.web;

import io.clerkservlet.auth.AuthObject;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller as a {@link Principal}: its name is the user id (sessions, OAuth
 * tokens, user API keys) or else the machine token's subject ({@code mch_…}, {@code org_…}).
 * {@link #isUserInRole(String)} checks the sources chosen by the {@code roles} setting.
 */
public final class ClerkPrincipal implements Principal {
  /** What {@code HttpServletRequest.getAuthType()} returns for a Clerk-authenticated request. */
  public static final String AUTH_TYPE = "CLERK";
  /** The role name that every authenticated caller has (Servlet 3.1's {@code **}). */
  public static final String ANY_AUTHENTICATED_ROLE = "**";
  private static final String ORG_PREFIX = "org:";

  private final String name;
  private final AuthObject auth;
  private final Set<RoleSource> roles;

  private ClerkPrincipal(String name, AuthObject auth, Set<RoleSource> roles) {
    this.name = name;
    this.auth = auth;
    this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(RoleSource.class)
        : EnumSet.copyOf(roles));
  }

  /** The principal of an authenticated auth object, or null when it is not authenticated or has no name. */
  public static ClerkPrincipal of(AuthObject auth, Set<RoleSource> roles) {
    if (auth == null || !auth.isAuthenticated()) {
      return null;
    }
    String name = auth.getUserId() != null ? auth.getUserId() : auth.getSubject();
    return name == null || name.isEmpty() ? null : new ClerkPrincipal(name, auth, roles);
  }

  /** The user id, or the machine subject. */
  @Override
  public String getName() {
    return name;
  }

  /** The auth object this principal stands for. */
  public AuthObject getAuth() {
    return auth;
  }

  /** The role sources checked by {@link #isUserInRole(String)}. */
  public Set<RoleSource> getRoleSources() {
    return roles;
  }

  /**
   * True when {@code role} is {@code **}, or matches a chosen source: the organization role
   * ({@code admin} equals {@code org:admin}), an organization permission, or a machine scope.
   */
  public boolean isUserInRole(String role) {
    if (role == null || role.isEmpty()) {
      return false;
    }
    if (role.equals(ANY_AUTHENTICATED_ROLE)) {
      return true;
    }
    if (roles.contains(RoleSource.ORG_ROLE) && auth.hasRole(role)) {
      return true;
    }
    if (roles.contains(RoleSource.ORG_PERMISSION) && auth.hasPermission(role)) {
      return true;
    }
    List<String> scopes = auth.getScopes();
    return roles.contains(RoleSource.SCOPE) && auth.getTokenType().isMachine() && scopes != null
        && scopes.contains(role);
  }

  /**
   * Every role name for which {@link #isUserInRole(String)} is true, except {@code **}: what a container
   * that needs the list (a Jakarta Authentication {@code GroupPrincipalCallback}) is given, so that its
   * {@code isUserInRole} and role constraints agree with this principal's. The organization role and
   * permissions come with and without the {@code org:} prefix ({@code org:admin}, {@code admin}).
   */
  public Set<String> getRoleNames() {
    Set<String> candidates = new LinkedHashSet<>();
    if (roles.contains(RoleSource.ORG_ROLE) && auth.getOrgRole() != null) {
      addWithAndWithoutOrgPrefix(auth.getOrgRole(), candidates);
    }
    if (roles.contains(RoleSource.ORG_PERMISSION) && auth.getOrgPermissions() != null) {
      for (String permission : auth.getOrgPermissions()) {
        addWithAndWithoutOrgPrefix(permission, candidates);
      }
    }
    if (roles.contains(RoleSource.SCOPE) && auth.getScopes() != null) {
      candidates.addAll(auth.getScopes());
    }
    Set<String> out = new LinkedHashSet<>();
    for (String candidate : candidates) {
      if (candidate != null && !candidate.equals(ANY_AUTHENTICATED_ROLE) && isUserInRole(candidate)) {
        out.add(candidate);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static void addWithAndWithoutOrgPrefix(String value, Set<String> out) {
    if (value == null) {
      return;
    }
    String bare = value;
    while (bare.startsWith(ORG_PREFIX)) {
      bare = bare.substring(ORG_PREFIX.length());
    }
    out.add(ORG_PREFIX + bare);
    out.add(bare);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClerkPrincipal && ((ClerkPrincipal) o).name.equals(name)
        && ((ClerkPrincipal) o).auth.getTokenType() == auth.getTokenType();
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "ClerkPrincipal{" + name + ", " + auth.getTokenType() + "}";
  }
}
