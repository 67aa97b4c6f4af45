package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;

/** A session JWT minted by Clerk ({@code "object": "token"}). {@link #toString()} hides the JWT. */
public final class SessionToken {
  private String object;
  private String jwt;

  private SessionToken() {
  }

  /** Always {@code token}. */
  public String getObject() {
    return object;
  }

  /** The signed JWT. */
  public String getJwt() {
    return jwt;
  }

  @Override
  public String toString() {
    return "SessionToken{jwt=" + Redaction.secret(jwt) + "}";
  }
}
