package io.clerkservlet;

/** The outcome of {@code authenticateRequest}, with {@code @clerk/backend}'s names. */
public enum AuthStatus {
  /** A valid token of an accepted type. */
  SIGNED_IN("signed-in"),
  /** No valid token; {@link RequestState#getReason()} says why. */
  SIGNED_OUT("signed-out"),
  /** The browser must take a round trip to Clerk to refresh its session cookies. */
  HANDSHAKE("handshake");

  private final String value;

  AuthStatus(String value) {
    this.value = value;
  }

  /** The wire name, for example {@code signed-in}. */
  public String getValue() {
    return value;
  }

  /** The wire name. */
  @Override
  public String toString() {
    return value;
  }
}
