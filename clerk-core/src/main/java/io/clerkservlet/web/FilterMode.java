package io.clerkservlet.web;

import java.util.Locale;

/** What the filter does with a request that is not authenticated. */
public enum FilterMode {
  /** Fail closed: answer 401 (or 503 when Clerk is unreachable). The default. */
  REQUIRED,
  /** Never block (except the handshake redirect): the servlet decides from the auth object. */
  OPTIONAL;

  /**
   * Parses {@code required} or {@code optional} (any case).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static FilterMode parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("required")) {
      return REQUIRED;
    }
    if (v.equals("optional")) {
      return OPTIONAL;
    }
    throw new IllegalArgumentException("Unknown mode \"" + (value == null ? "" : value.trim()) + "\"; valid: required, optional");
  }

  /** {@code required} or {@code optional}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
