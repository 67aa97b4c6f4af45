package io.clerkservlet.auth;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.auth.AuthorizationCheck;
import io.clerkservlet.internal.auth.SessionProperties;
import io.clerkservlet.internal.json.Frozen;
import java.util.List;
import java.util.Map;

/** A signed-in session: the user, session and active organization from the verified session token. */
public final class SignedInAuthObject extends AuthObject {
  private final SessionProperties session;
  private final String token;
  private final AuthorizationCheck check;

  /**
   * Creates the object from verified claims (internal: obtained from {@code RequestState.toAuth()}).
   * The claims are kept deep-immutable (copied unless they already are).
   */
  public SignedInAuthObject(Map<String, Object> verifiedClaims, String token) {
    this.session = SessionProperties.of(Frozen.copyOf(verifiedClaims));
    this.token = token;
    this.check = new AuthorizationCheck(session);
  }

  @Override
  public boolean isAuthenticated() {
    return true;
  }

  @Override
  public TokenType getTokenType() {
    return TokenType.SESSION_TOKEN;
  }

  @Override
  public boolean has(AuthorizationParams params) {
    return check.has(params);
  }

  @Override
  public String getToken() {
    return token;
  }

  @Override
  public String getUserId() {
    return session.userId();
  }

  @Override
  public Map<String, Object> getSessionClaims() {
    return session.claims();
  }

  @Override
  public String getSessionId() {
    return session.sessionId();
  }

  @Override
  public String getSessionStatus() {
    return session.sessionStatus();
  }

  @Override
  public Map<String, Object> getActor() {
    return session.actor();
  }

  @Override
  public String getOrgId() {
    return session.orgId();
  }

  @Override
  public String getOrgRole() {
    return session.orgRole();
  }

  @Override
  public String getOrgSlug() {
    return session.orgSlug();
  }

  @Override
  public List<String> getOrgPermissions() {
    return session.orgPermissions();
  }

  @Override
  public List<Number> getFactorVerificationAge() {
    return session.factorVerificationAge();
  }

  @Override
  public String toString() {
    return "SignedInAuthObject{userId=" + getUserId() + ", sessionId=" + getSessionId() + ", orgId=" + getOrgId()
        + ", orgRole=" + getOrgRole() + "}";
  }
}
