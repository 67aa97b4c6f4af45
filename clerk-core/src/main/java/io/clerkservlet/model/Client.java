package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/** A browser or device signed in to the instance ({@code "object": "client"}), with its sessions. */
public final class Client {
  private String id;
  private List<String> sessionIds;
  private List<Session> sessions;
  private String signInId;
  private String signUpId;
  private String lastActiveSessionId;
  private long createdAt;
  private long updatedAt;

  private Client() {
  }

  /** The client id, {@code client_…}. */
  public String getId() {
    return id;
  }

  /** The ids of the client's sessions; never null. */
  public List<String> getSessionIds() {
    return sessionIds == null ? Collections.<String>emptyList() : Collections.unmodifiableList(sessionIds);
  }

  /** The client's sessions; never null. */
  public List<Session> getSessions() {
    return sessions == null ? Collections.<Session>emptyList() : Collections.unmodifiableList(sessions);
  }

  /** The sign-in in progress, or null. */
  public String getSignInId() {
    return signInId;
  }

  /** The sign-up in progress, or null. */
  public String getSignUpId() {
    return signUpId;
  }

  /** The session last active on this client, or null. */
  public String getLastActiveSessionId() {
    return lastActiveSessionId;
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
    return "Client{id=" + id + ", sessionIds=" + getSessionIds()
        + ", lastActiveSessionId=" + lastActiveSessionId + "}";
  }
}
