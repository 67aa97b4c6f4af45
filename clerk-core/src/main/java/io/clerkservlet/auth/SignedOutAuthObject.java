package io.clerkservlet.auth;

import io.clerkservlet.TokenType;

/** No signed-in session: every field is null ({@code sessionStatus} may be {@code pending}). */
public final class SignedOutAuthObject extends AuthObject {
  private static final SignedOutAuthObject PLAIN = new SignedOutAuthObject(null);
  private final String sessionStatus;

  private SignedOutAuthObject(String sessionStatus) {
    this.sessionStatus = sessionStatus;
  }

  /** A signed-out object with no session status. */
  public static SignedOutAuthObject get() {
    return PLAIN;
  }

  /** A signed-out object for a pending session ({@code treatPendingAsSignedOut}). */
  public static SignedOutAuthObject pending() {
    return new SignedOutAuthObject("pending");
  }

  @Override
  public boolean isAuthenticated() {
    return false;
  }

  @Override
  public TokenType getTokenType() {
    return TokenType.SESSION_TOKEN;
  }

  @Override
  public String getSessionStatus() {
    return sessionStatus;
  }

  @Override
  public String toString() {
    return "SignedOutAuthObject{sessionStatus=" + sessionStatus + "}";
  }
}
