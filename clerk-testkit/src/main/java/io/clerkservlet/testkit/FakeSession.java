package io.clerkservlet.testkit;

import java.util.Objects;

/**
 * A session seeded into the fake with {@link FakeClerkBackend#createSession(String)}: its ids and
 * the secrets a browser would hold in the {@code __refresh} and {@code __client} cookies.
 */
public final class FakeSession {
  private final String sessionId;
  private final String clientId;
  private final String userId;
  private final String refreshToken;
  private final String clientToken;

  FakeSession(String sessionId, String clientId, String userId, String refreshToken,
      String clientToken) {
    this.sessionId = sessionId;
    this.clientId = clientId;
    this.userId = userId;
    this.refreshToken = refreshToken;
    this.clientToken = clientToken;
  }

  /** The session id, {@code sess_…}. */
  public String getSessionId() {
    return sessionId;
  }

  /** The client the session lives on, {@code client_…}. */
  public String getClientId() {
    return clientId;
  }

  /** The user the session belongs to, {@code user_…}. */
  public String getUserId() {
    return userId;
  }

  /** The refresh token ({@code __refresh} cookie) that {@code POST /sessions/{id}/refresh} accepts. */
  public String getRefreshToken() {
    return refreshToken;
  }

  /** The client token ({@code __client} cookie JWT) that {@code POST /clients/verify} accepts. */
  public String getClientToken() {
    return clientToken;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FakeSession && sessionId.equals(((FakeSession) o).sessionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId);
  }

  @Override
  public String toString() {
    return "FakeSession{sessionId=" + sessionId + ", clientId=" + clientId + ", userId=" + userId
        + ", refreshToken=[redacted], clientToken=[redacted]}";
  }
}
