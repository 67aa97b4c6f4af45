package io.clerkservlet.auth;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.json.Frozen;
import java.util.List;
import java.util.Map;

/**
 * A machine caller: an API key, an M2M token or an OAuth access token, authenticated or not. Which
 * fields are set depends on the type, as in {@code @clerk/backend}: API keys have {@code name},
 * {@code claims}, and {@code userId}/{@code orgId} from a {@code user_}/{@code org_} subject; M2M
 * tokens have {@code claims} and {@code machineId}; OAuth tokens have {@code userId} and
 * {@code clientId}. {@link #has(AuthorizationParams)} is always false.
 */
public final class MachineAuthObject extends AuthObject {
  private final TokenType tokenType;
  private final boolean authenticated;
  private final String token;
  private final String id;
  private final String subject;
  private final List<String> scopes;
  private final Map<String, Object> claims;
  private final String name;
  private final String clientId;

  private MachineAuthObject(TokenType tokenType, boolean authenticated, String token, String id,
      String subject, List<String> scopes, Map<String, Object> claims, String name, String clientId) {
    if (tokenType == null || !tokenType.isMachine()) {
      throw new IllegalArgumentException("Invalid token type: " + tokenType);
    }
    this.tokenType = tokenType;
    this.authenticated = authenticated;
    this.token = token;
    this.id = id;
    this.subject = subject;
    this.scopes = Frozen.copyOf(scopes);
    this.claims = Frozen.copyOf(claims);
    this.name = name;
    this.clientId = clientId;
  }

  /**
   * An authenticated machine (internal: obtained from {@code RequestState.toAuth()}); scopes and
   * claims are kept deep-immutable (copied unless they already are).
   */
  public static MachineAuthObject authenticated(TokenType type, String token, String id, String subject,
      List<String> scopes, Map<String, Object> claims, String name, String clientId) {
    return new MachineAuthObject(type, true, token, id, subject, scopes, claims, name, clientId);
  }

  /** An unauthenticated object of a machine type: every field null. */
  public static MachineAuthObject unauthenticated(TokenType type) {
    return new MachineAuthObject(type, false, null, null, null, null, null, null, null);
  }

  @Override
  public boolean isAuthenticated() {
    return authenticated;
  }

  @Override
  public TokenType getTokenType() {
    return tokenType;
  }

  @Override
  public String getToken() {
    return token;
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public String getSubject() {
    return subject;
  }

  @Override
  public List<String> getScopes() {
    return scopes;
  }

  @Override
  public Map<String, Object> getClaims() {
    return tokenType == TokenType.OAUTH_TOKEN ? null : claims;
  }

  @Override
  public String getName() {
    return tokenType == TokenType.API_KEY ? name : null;
  }

  @Override
  public String getUserId() {
    if (subject == null) {
      return null;
    }
    if (tokenType == TokenType.OAUTH_TOKEN) {
      return subject;
    }
    return tokenType == TokenType.API_KEY && subject.startsWith("user_") ? subject : null;
  }

  @Override
  public String getOrgId() {
    return tokenType == TokenType.API_KEY && subject != null && subject.startsWith("org_") ? subject : null;
  }

  @Override
  public String getMachineId() {
    return tokenType == TokenType.M2M_TOKEN ? subject : null;
  }

  @Override
  public String getClientId() {
    return tokenType == TokenType.OAUTH_TOKEN ? clientId : null;
  }

  @Override
  public String toString() {
    return "MachineAuthObject{tokenType=" + tokenType + ", authenticated=" + authenticated + ", id=" + id
        + ", subject=" + subject + ", scopes=" + scopes + "}";
  }
}
