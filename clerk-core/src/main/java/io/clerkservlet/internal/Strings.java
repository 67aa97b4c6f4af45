package io.clerkservlet.internal;

/** The string normalisations every settings builder shares. */
public final class Strings {
  private Strings() {
  }

  /** The trimmed value, or null when it is null or blank (a blank setting means "not set"). */
  public static String blankToNull(String value) {
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /** {@code preferred} unless it is null, else {@code fallback} (a per-call value over the client's). */
  public static String firstNonNull(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
