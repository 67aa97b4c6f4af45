package io.clerkservlet.api;

/** The format of a new M2M token. */
public enum TokenFormat {
  /** An opaque {@code mt_…} secret, verified by Clerk's Backend API (revocable at once). */
  OPAQUE("opaque"),
  /** A signed JWT, verifiable locally against the instance JWKS. */
  JWT("jwt");

  private final String wireValue;

  TokenFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value Clerk expects in {@code token_format}. */
  public String wireValue() {
    return wireValue;
  }
}
