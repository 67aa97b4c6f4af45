package io.clerkservlet.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code HttpServletRequest.isUserInRole(role)} is checked against. */
public enum RoleSource {
  /** The active organization's role ({@code org:admin}; {@code admin} means the same). The default. */
  ORG_ROLE,
  /** The active organization's permissions ({@code org:invoices:read}). */
  ORG_PERMISSION,
  /** A machine token's scopes. */
  SCOPE;

  private static final String VALID = "valid: off, none, or a comma list of org_role, org_permission, scope";

  /**
   * Parses the {@code roles} setting: {@code off} (or {@code none}) for no roles, else a comma list
   * of {@code org_role}, {@code org_permission} and {@code scope}.
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  public static Set<RoleSource> parseSet(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    Set<RoleSource> out = EnumSet.noneOf(RoleSource.class);
    if (v.equals("off") || v.equals("none")) {
      return out;
    }
    for (String part : v.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(valueOf(p.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown roles value \"" + p + "\"; " + VALID, e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No roles value; " + VALID);
    }
    return out;
  }

  /** The setting's spelling: {@code org_role}, {@code org_permission} or {@code scope}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
