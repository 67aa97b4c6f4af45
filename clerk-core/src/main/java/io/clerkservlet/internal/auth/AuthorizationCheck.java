package io.clerkservlet.internal.auth;

import io.clerkservlet.auth.AuthorizationParams;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @clerk/shared}'s {@code createCheckAuthorization}: the organization, billing and
 * reverification dimensions each pass, fail or skip; the check holds when one passes and none
 * fails. Anything malformed fails closed.
 */
public final class AuthorizationCheck {
  enum Result { PASS, FAIL, SKIP }

  private final SessionProperties session;

  /** A check over one signed-in session. */
  public AuthorizationCheck(SessionProperties session) {
    this.session = session;
  }

  /** Evaluates the params. */
  public boolean has(AuthorizationParams params) {
    if (session.userId() == null || session.userId().isEmpty()) {
      return false;
    }
    Result[] results = {org(params), billing(params), reverification(params)};
    boolean anyPass = false;
    for (Result r : results) {
      if (r == Result.FAIL) {
        return false;
      }
      anyPass |= r == Result.PASS;
    }
    return anyPass;
  }

  private Result org(AuthorizationParams p) {
    if (p.getRole() == null && p.getPermission() == null) {
      return Result.SKIP;
    }
    if (isEmpty(session.orgId())) {
      return Result.FAIL;
    }
    if (p.getRole() != null && (isEmpty(session.orgRole())
        || !withOrgPrefix(session.orgRole()).equals(withOrgPrefix(p.getRole())))) {
      return Result.FAIL;
    }
    if (p.getPermission() != null && (session.orgPermissions() == null
        || !session.orgPermissions().contains(withOrgPrefix(p.getPermission())))) {
      return Result.FAIL;
    }
    return Result.PASS;
  }

  private Result billing(AuthorizationParams p) {
    if (p.getFeature() == null && p.getPlan() == null) {
      return Result.SKIP;
    }
    if (p.getFeature() != null && !entitled(session.features(), p.getFeature())) {
      return Result.FAIL;
    }
    if (p.getPlan() != null && !entitled(session.plans(), p.getPlan())) {
      return Result.FAIL;
    }
    return Result.PASS;
  }

  private static boolean entitled(String claim, String asked) {
    if (isEmpty(claim)) {
      return false;
    }
    ScopedValues values = ScopedValues.parse(claim);
    if (values == null) {
      return false;
    }
    String[] parts = asked.split(":", -1);
    String scope = parts[0];
    String rawId = parts.length > 1 ? parts[1] : null;
    String id = rawId == null || rawId.isEmpty() ? scope : rawId;
    if (rawId == null) {
      return values.org.contains(id) || values.user.contains(id);
    }
    if (scope.equals("o") || scope.equals("org") || scope.equals("organization")) {
      return values.org.contains(id);
    }
    if (scope.equals("u") || scope.equals("user")) {
      return values.user.contains(id);
    }
    return false;
  }

  private Result reverification(AuthorizationParams p) {
    if (p.getReverificationLevel() == null) {
      return Result.SKIP;
    }
    List<Number> fva = session.factorVerificationAge();
    if (fva == null || fva.size() != 2 || !validAge(fva.get(0)) || !validAge(fva.get(1))) {
      return Result.FAIL;
    }
    double f1 = fva.get(0).doubleValue();
    double f2 = fva.get(1).doubleValue();
    if (f1 == -1 && f2 == -1) {
      return Result.FAIL;
    }
    double window = p.getReverificationAfterMinutes();
    boolean f1Fresh = f1 != -1 && window > f1;
    boolean f2Fresh = f2 != -1 && window > f2;
    switch (p.getReverificationLevel()) {
      case "first_factor":
        return pass(f1Fresh);
      case "second_factor":
        return pass(f2 == -1 ? f1Fresh : f2Fresh);
      default:
        if (f2 == -1) {
          return pass(f1Fresh);
        }
        return pass(f1 != -1 && f1Fresh && f2Fresh);
    }
  }

  private static boolean validAge(Number n) {
    double d = n == null ? Double.NaN : n.doubleValue();
    return !Double.isNaN(d) && !Double.isInfinite(d) && (d == -1 || d >= 0);
  }

  private static Result pass(boolean ok) {
    return ok ? Result.PASS : Result.FAIL;
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /** {@code value.replace(/^(org:)*}{@code /, "org:")}. */
  static String withOrgPrefix(String value) {
    String v = value;
    while (v.startsWith("org:")) {
      v = v.substring(4);
    }
    return "org:" + v;
  }

  /** The {@code fea}/{@code pla} claim split into organization and user values. */
  static final class ScopedValues {
    final List<String> org = new ArrayList<>();
    final List<String> user = new ArrayList<>();

    /** Parses {@code o:a,u:b,uo:c}; null when an element has no colon. */
    static ScopedValues parse(String claim) {
      ScopedValues out = new ScopedValues();
      for (String raw : claim.split(",", -1)) {
        String part = raw.trim();
        int colon = part.indexOf(':');
        if (colon < 0) {
          return null;
        }
        String scope = part.substring(0, colon);
        String value = part.substring(colon + 1);
        if (scope.equals("o") || scope.equals("ou") || scope.equals("uo")) {
          out.org.add(value);
        }
        if (scope.equals("u") || scope.equals("ou") || scope.equals("uo")) {
          out.user.add(value);
        }
      }
      return out;
    }
  }
}
