package io.clerkservlet.auth;

import io.clerkservlet.TokenType;
import java.util.List;
import java.util.Map;

/**
 * Who made a request, as {@code @clerk/backend}'s auth objects: {@link SignedInAuthObject},
 * {@link SignedOutAuthObject}, {@link MachineAuthObject} or {@link InvalidTokenAuthObject}.
 *
 * <p>Every getter exists on every kind (null when it does not apply), so JSP EL such as
 * {@code ${clerkAuth.userId}} or {@code ${clerkAuth.scopes}} works whatever the request carried.
 */
public abstract class AuthObject {
  AuthObject() {
  }

  /** True when a valid token of an accepted type was presented. */
  public abstract boolean isAuthenticated();

  /** The token type, or null for the invalid-token object. */
  public abstract TokenType getTokenType();

  /**
   * Authorization check: true when at least one asked dimension passes and none fails. Always
   * false unless signed in with a session.
   */
  public boolean has(AuthorizationParams params) {
    return false;
  }

  /** Same as {@code has(AuthorizationParams.role(role))}; {@code admin} equals {@code org:admin}. */
  public final boolean hasRole(String role) {
    return has(AuthorizationParams.builder().role(role).build());
  }

  /** Same as {@code has(AuthorizationParams.permission(permission))}. */
  public final boolean hasPermission(String permission) {
    return has(AuthorizationParams.builder().permission(permission).build());
  }

  /** Same as {@code has(AuthorizationParams.feature(feature))}. */
  public final boolean hasFeature(String feature) {
    return has(AuthorizationParams.builder().feature(feature).build());
  }

  /** Same as {@code has(AuthorizationParams.plan(plan))}. */
  public final boolean hasPlan(String plan) {
    return has(AuthorizationParams.builder().plan(plan).build());
  }

  /** The raw token that authenticated the request, or null. Never logged by this library. */
  public String getToken() {
    return null;
  }

  /** The user id: the session's {@code sub}, an OAuth token's subject, or a user API key's subject. */
  public String getUserId() {
    return null;
  }

  /** The organization id: the session's active organization, or an organization API key's subject. */
  public String getOrgId() {
    return null;
  }

  /** The verified session claims (immutable, nested maps and lists too), or null. */
  public Map<String, Object> getSessionClaims() {
    return null;
  }

  /** The session id ({@code sid}), or null. */
  public String getSessionId() {
    return null;
  }

  /** The session status ({@code sts}: {@code active} or {@code pending}), or null. */
  public String getSessionStatus() {
    return null;
  }

  /** The impersonator ({@code act}), or null. */
  public Map<String, Object> getActor() {
    return null;
  }

  /** The active organization's role, for example {@code org:admin}, or null. */
  public String getOrgRole() {
    return null;
  }

  /** The active organization's slug, or null. */
  public String getOrgSlug() {
    return null;
  }

  /** The active organization's permissions, for example {@code org:invoices:read}, or null. */
  public List<String> getOrgPermissions() {
    return null;
  }

  /** Minutes since the first and second factor were verified ({@code fva}; -1 = none), or null. */
  public List<Number> getFactorVerificationAge() {
    return null;
  }

  /** A machine token's id ({@code mt_…}, {@code ak_…}, {@code oat_…}), or null. */
  public String getId() {
    return null;
  }

  /** A machine token's subject ({@code mch_…}, {@code user_…}, {@code org_…}), or null. */
  public String getSubject() {
    return null;
  }

  /** A machine token's scopes (immutable), or null. */
  public List<String> getScopes() {
    return null;
  }

  /** A machine token's custom claims (immutable, nested maps and lists too), or null. */
  public Map<String, Object> getClaims() {
    return null;
  }

  /** An API key's name, or null. */
  public String getName() {
    return null;
  }

  /** An M2M token's machine ({@code mch_…}), or null. */
  public String getMachineId() {
    return null;
  }

  /** An OAuth token's client id, or null. */
  public String getClientId() {
    return null;
  }
}
