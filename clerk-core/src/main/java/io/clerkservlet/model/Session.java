package io.clerkservlet.model;

import java.util.Map;

/** A session of a user on a client ({@code "object": "session"}). Timestamps are epoch milliseconds. */
public final class Session {
  private String id;
  private String userId;
  private String clientId;
  private String status;
  private Map<String, Object> actor;
  private String lastActiveOrganizationId;
  private long lastActiveAt;
  private long expireAt;
  private long abandonAt;
  private long createdAt;
  private long updatedAt;

  private Session() {
  }

  /** The session id, {@code sess_…}. */
  public String getId() {
    return id;
  }

  /** The user, {@code user_…}. */
  public String getUserId() {
    return userId;
  }

  /** The client (browser or device), {@code client_…}. */
  public String getClientId() {
    return clientId;
  }

  /** {@code active}, {@code revoked}, {@code ended}, {@code expired}, {@code pending}, ... */
  public String getStatus() {
    return status;
  }

  /** The impersonating actor ({@code sub}, ...), or an empty map when nobody impersonates. */
  public Map<String, Object> getActor() {
    return User.readOnly(actor);
  }

  /** The organization last made active in this session, or null. */
  public String getLastActiveOrganizationId() {
    return lastActiveOrganizationId;
  }

  /** Last activity in epoch milliseconds. */
  public long getLastActiveAt() {
    return lastActiveAt;
  }

  /** When the session expires, in epoch milliseconds. */
  public long getExpireAt() {
    return expireAt;
  }

  /** When an idle session is abandoned, in epoch milliseconds. */
  public long getAbandonAt() {
    return abandonAt;
  }

  /** Creation time in epoch milliseconds. */
  public long getCreatedAt() {
    return createdAt;
  }

  /** Last update in epoch milliseconds. */
  public long getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Session{id=" + id + ", userId=" + userId + ", clientId=" + clientId
        + ", status=" + status + "}";
  }
}
