package io.clerkservlet.auth;

import io.clerkservlet.TokenType;

/** A token of a type that was not accepted (list {@code acceptsToken}): not authenticated, no type. */
public final class InvalidTokenAuthObject extends AuthObject {
  private static final InvalidTokenAuthObject INSTANCE = new InvalidTokenAuthObject();

  private InvalidTokenAuthObject() {
  }

  /** The one instance. */
  public static InvalidTokenAuthObject get() {
    return INSTANCE;
  }

  @Override
  public boolean isAuthenticated() {
    return false;
  }

  @Override
  public TokenType getTokenType() {
    return null;
  }

  @Override
  public String toString() {
    return "InvalidTokenAuthObject{}";
  }
}
