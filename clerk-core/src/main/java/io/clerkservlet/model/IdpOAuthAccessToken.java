package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/**
 * An OAuth access token issued by Clerk as identity provider ({@code "object":
 * "clerk_idp_oauth_access_token"}), as answered by verify. Timestamps are epoch milliseconds.
 *
 * <p>For a JWT access token that is no longer active Clerk answers only {@code {"active": false}};
 * such an answer reads as a token with no id whose {@link #isExpired()} is true.
 */
public final class IdpOAuthAccessToken {
  private String object;
  private String id;
  private String clientId;
  private String type;
  private String subject;
  private List<String> scopes;
  private boolean revoked;
  private String revocationReason;
  private boolean expired;
  private Long expiration;
  private long createdAt;
  private long updatedAt;
  private Boolean active;

  private IdpOAuthAccessToken() {
  }

  /** Always {@code clerk_idp_oauth_access_token}, or null for an inactive-JWT answer. */
  public String getObject() {
    return object;
  }

  /** The token id, {@code oat_…}. */
  public String getId() {
    return id;
  }

  /** The OAuth application's client id. */
  public String getClientId() {
    return clientId;
  }

  /** The token type when Clerk sends one (the 2026-05-12 spec does not), else null. */
  public String getType() {
    return type;
  }

  /** The user the token was issued for, {@code user_…}. */
  public String getSubject() {
    return subject;
  }

  /** The granted scopes; never null. */
  public List<String> getScopes() {
    return scopes == null ? Collections.<String>emptyList() : Collections.unmodifiableList(scopes);
  }

  /** True once revoked. */
  public boolean isRevoked() {
    return revoked;
  }

  /** Why it was revoked, or null. */
  public String getRevocationReason() {
    return revocationReason;
  }

  /** True once expired, or when Clerk answered {@code {"active": false}}. */
  public boolean isExpired() {
    return expired || Boolean.FALSE.equals(active);
  }

  /** Expiry in epoch milliseconds, or null. */
  public Long getExpiration() {
    return expiration;
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
    return "IdpOAuthAccessToken{id=" + id + ", clientId=" + clientId + ", subject=" + subject
        + ", scopes=" + getScopes() + ", revoked=" + revoked + ", expired=" + isExpired()
        + ", expiration=" + expiration + "}";
  }
}
