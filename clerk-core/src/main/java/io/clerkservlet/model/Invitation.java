package io.clerkservlet.model;

import java.util.Map;

/** An invitation to join the instance ({@code "object": "invitation"}). */
public final class Invitation {
  private String id;
  private String emailAddress;
  private Map<String, Object> publicMetadata;
  private boolean revoked;
  private String status;
  private String url;
  private Long expiresAt;
  private long createdAt;
  private long updatedAt;

  private Invitation() {
  }

  /** The invitation id. */
  public String getId() {
    return id;
  }

  /** The invited address. */
  public String getEmailAddress() {
    return emailAddress;
  }

  /** Metadata copied to the user's public metadata on sign-up; never null. */
  public Map<String, Object> getPublicMetadata() {
    return User.readOnly(publicMetadata);
  }

  /** True once revoked. */
  public boolean isRevoked() {
    return revoked;
  }

  /** {@code pending}, {@code accepted}, {@code revoked} or {@code expired}. */
  public String getStatus() {
    return status;
  }

  /** The link to accept the invitation, or null. */
  public String getUrl() {
    return url;
  }

  /** Expiry in epoch milliseconds, or null. */
  public Long getExpiresAt() {
    return expiresAt;
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
    return "Invitation{id=" + id + ", status=" + status + "}";
  }
}
