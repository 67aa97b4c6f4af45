package io.clerkservlet.internal.auth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The auth properties of verified session claims, v1 and v2 ({@code @clerk/shared}'s
 * {@code JWTPayloadToAuthObjectProperties}). In v2, {@code o.fpm} holds one decimal bitmask per
 * organization feature of {@code fea}; bit i grants {@code o.per[i]} as {@code org:<feature>:<per>}.
 */
public final class SessionProperties {
  private final Map<String, Object> claims;
  private final String orgId;
  private final String orgRole;
  private final String orgSlug;
  private final List<String> orgPermissions;

  private SessionProperties(Map<String, Object> claims, String orgId, String orgRole, String orgSlug,
      List<String> orgPermissions) {
    this.claims = claims;
    this.orgId = orgId;
    this.orgRole = orgRole;
    this.orgSlug = orgSlug;
    this.orgPermissions = orgPermissions;
  }

  /** Reads the properties of verified claims. */
  @SuppressWarnings("unchecked")
  public static SessionProperties of(Map<String, Object> claims) {
    Object v = claims.get("v");
    if (v instanceof Number && ((Number) v).intValue() == 2 && ((Number) v).doubleValue() == 2d) {
      Object o = claims.get("o");
      if (!(o instanceof Map)) {
        return new SessionProperties(claims, null, null, null, null);
      }
      Map<String, Object> org = (Map<String, Object>) o;
      String role = string(org.get("rol"));
      return new SessionProperties(claims, string(org.get("id")), role == null || role.isEmpty() ? null : "org:" + role,
          string(org.get("slg")), v2Permissions(string(claims.get("fea")), string(org.get("per")),
              string(org.get("fpm"))));
    }
    return new SessionProperties(claims, string(claims.get("org_id")), string(claims.get("org_role")),
        string(claims.get("org_slug")), strings(claims.get("org_permissions")));
  }

  static List<String> v2Permissions(String fea, String per, String fpm) {
    AuthorizationCheck.ScopedValues features = fea == null || fea.isEmpty()
        ? new AuthorizationCheck.ScopedValues() : AuthorizationCheck.ScopedValues.parse(fea);
    if (per == null || per.isEmpty() || fpm == null || fpm.isEmpty() || features == null) {
      return Collections.emptyList();
    }
    String[] permissions = per.split(",", -1);
    String[] masks = fpm.split(",", -1);
    List<String> out = new ArrayList<>();
    for (int f = 0; f < features.org.size() && f < masks.length; f++) {
      String mask = masks[f].trim();
      if (!mask.matches("[0-9]+")) {
        continue;
      }
      BigInteger bits = new BigInteger(mask);
      for (int p = 0; p < permissions.length; p++) {
        if (bits.testBit(p)) {
          out.add("org:" + features.org.get(f) + ":" + permissions[p].trim());
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The claims. */
  public Map<String, Object> claims() {
    return claims;
  }

  /** {@code sub}. */
  public String userId() {
    return string(claims.get("sub"));
  }

  /** {@code sid}. */
  public String sessionId() {
    return string(claims.get("sid"));
  }

  /** {@code sts}, or null. */
  public String sessionStatus() {
    return string(claims.get("sts"));
  }

  /** {@code act}, or null. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> actor() {
    Object act = claims.get("act");
    return act instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) act) : null;
  }

  /** {@code fva}, or null. */
  @SuppressWarnings("unchecked")
  public List<Number> factorVerificationAge() {
    Object fva = claims.get("fva");
    if (!(fva instanceof List)) {
      return null;
    }
    for (Object item : (List<Object>) fva) {
      if (!(item instanceof Number)) {
        return null;
      }
    }
    return Collections.unmodifiableList((List<Number>) fva);
  }

  /** The organization id. */
  public String orgId() {
    return orgId;
  }

  /** The organization role ({@code org:} prefixed in v2). */
  public String orgRole() {
    return orgRole;
  }

  /** The organization slug. */
  public String orgSlug() {
    return orgSlug;
  }

  /** The organization permissions. */
  public List<String> orgPermissions() {
    return orgPermissions;
  }

  /** {@code fea}, or "". */
  public String features() {
    String fea = string(claims.get("fea"));
    return fea == null ? "" : fea;
  }

  /** {@code pla}, or "". */
  public String plans() {
    String pla = string(claims.get("pla"));
    return pla == null ? "" : pla;
  }

  private static String string(Object value) {
    return value instanceof String ? (String) value : null;
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (item instanceof String) {
        out.add((String) item);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
