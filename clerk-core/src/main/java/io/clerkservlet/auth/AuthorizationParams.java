package io.clerkservlet.auth;

/**
 * What {@link AuthObject#has(AuthorizationParams)} checks: an organization role and/or permission,
 * a billing feature and/or plan, and/or a recent reverification. Every field is optional; an empty
 * check is false.
 */
public final class AuthorizationParams {
  /** Reverification presets of {@code @clerk/backend}: name, minutes, level. */
  private static final String[][] PRESETS = {
      {"strict_mfa", "10", "multi_factor"},
      {"strict", "10", "second_factor"},
      {"moderate", "60", "second_factor"},
      {"lax", "1440", "second_factor"}};

  private final String role;
  private final String permission;
  private final String feature;
  private final String plan;
  private final String reverificationLevel;
  private final double reverificationAfterMinutes;

  private AuthorizationParams(Builder b) {
    this.role = b.role;
    this.permission = b.permission;
    this.feature = b.feature;
    this.plan = b.plan;
    this.reverificationLevel = b.level;
    this.reverificationAfterMinutes = b.afterMinutes;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The asked role ({@code admin} or {@code org:admin}), or null. */
  public String getRole() {
    return role;
  }

  /** The asked permission, or null. */
  public String getPermission() {
    return permission;
  }

  /** The asked feature ({@code id}, {@code org:id} or {@code user:id}), or null. */
  public String getFeature() {
    return feature;
  }

  /** The asked plan, or null. */
  public String getPlan() {
    return plan;
  }

  /** The reverification level ({@code first_factor}, {@code second_factor}, {@code multi_factor}), or null. */
  public String getReverificationLevel() {
    return reverificationLevel;
  }

  /** The reverification window in minutes (0 when none was asked). */
  public double getReverificationAfterMinutes() {
    return reverificationAfterMinutes;
  }

  @Override
  public String toString() {
    return "AuthorizationParams{role=" + role + ", permission=" + permission + ", feature=" + feature
        + ", plan=" + plan + ", reverification=" + reverificationLevel + "/" + reverificationAfterMinutes + "}";
  }

  /** Builds {@link AuthorizationParams}. */
  public static final class Builder {
    private String role;
    private String permission;
    private String feature;
    private String plan;
    private String level;
    private double afterMinutes;

    private Builder() {
    }

    /** An organization role, with or without the {@code org:} prefix. */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /** An organization permission, with or without the {@code org:} prefix. */
    public Builder permission(String permission) {
      this.permission = permission;
      return this;
    }

    /** A billing feature: {@code id}, or scoped {@code org:id} / {@code user:id}. */
    public Builder feature(String feature) {
      this.feature = feature;
      return this;
    }

    /** A billing plan: {@code id}, or scoped {@code org:id} / {@code user:id}. */
    public Builder plan(String plan) {
      this.plan = plan;
      return this;
    }

    /** A reverification preset: {@code strict_mfa}, {@code strict}, {@code moderate} or {@code lax}. */
    public Builder reverification(String preset) {
      for (String[] p : PRESETS) {
        if (p[0].equals(preset)) {
          return reverification(p[2], Integer.parseInt(p[1]));
        }
      }
      throw new IllegalArgumentException("Unknown reverification preset: " + preset);
    }

    /** A reverification level and window; {@code afterMinutes} must be positive. */
    public Builder reverification(String level, double afterMinutes) {
      this.level = level;
      this.afterMinutes = afterMinutes;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "Unknown reverification level: x" or
     *     "reverification afterMinutes must be positive"
     */
    public AuthorizationParams build() {
      if (level != null && !level.equals("first_factor") && !level.equals("second_factor")
          && !level.equals("multi_factor")) {
        throw new IllegalArgumentException("Unknown reverification level: " + level);
      }
      if (level != null && !(afterMinutes > 0)) {
        throw new IllegalArgumentException("reverification afterMinutes must be positive");
      }
      return new AuthorizationParams(this);
    }
  }
}
