package io.clerkservlet.api;

/** Shared checks of machine parameters, with the messages the builders document. */
final class MachineChecks {
  /** Clerk's longest default token lifetime (ten years), in seconds. */
  static final long MAX_TOKEN_TTL = 315_360_000L;
  /** Clerk's limit on scopes per machine. */
  static final int MAX_SCOPES = 150;

  private MachineChecks() {
  }

  static void id(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("A valid resource ID is required.");
    }
  }

  static void name(String name) {
    if (name != null && (name.isEmpty() || name.length() > 255)) {
      throw new IllegalArgumentException("name must be 1 to 255 characters");
    }
  }

  static void defaultTokenTtl(Long ttl) {
    if (ttl != null && (ttl < 1 || ttl > MAX_TOKEN_TTL)) {
      throw new IllegalArgumentException("defaultTokenTtl must be between 1 and 315360000");
    }
  }
}
