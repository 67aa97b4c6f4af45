package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A machine-to-machine token ({@code "object": "machine_to_machine_token"}). Timestamps are epoch
 * milliseconds. {@link #getToken()} holds the secret only on create; {@link #toString()} never
 * shows it.
 */
public final class M2MToken {
  private String object;
  private String id;
  private String subject;
  private Map<String, Object> claims;
  private List<String> scopes;
  private String token;
  private boolean revoked;
  private String revocationReason;
  private boolean expired;
  private Long expiration;
  private Long lastUsedAt;
  private long createdAt;
  private long updatedAt;

  private M2MToken() {
  }

  /** Creates a token from verified JWT claims (used by local M2M JWT verification). */
  public M2MToken(String id, String subject, Map<String, Object> claims, List<String> scopes,
      String token, boolean expired, Long expiration, long createdAt) {
    this.object = "machine_to_machine_token";
    this.id = id;
    this.subject = subject;
    this.claims = claims;
    this.scopes = scopes;
    this.token = token;
    this.expired = expired;
    this.expiration = expiration;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /** Always {@code machine_to_machine_token}. */
  public String getObject() {
    return object;
  }

  /** The token id, {@code mt_…}. */
  public String getId() {
    return id;
  }

  /** The machine the token was issued to, {@code mch_…}. */
  public String getSubject() {
    return subject;
  }

  /** Custom claims, or null. */
  public Map<String, Object> getClaims() {
    return claims == null ? null : Collections.unmodifiableMap(claims);
  }

  /** The machines this token may call ({@code mch_…} ids); never null. */
  public List<String> getScopes() {
    return scopes == null ? Collections.<String>emptyList() : Collections.unmodifiableList(scopes);
  }

  /** The secret token; present only in the answer to create. */
  public String getToken() {
    return token;
  }

  /** True once revoked. */
  public boolean isRevoked() {
    return revoked;
  }

  /** Why it was revoked, or null. */
  public String getRevocationReason() {
    return revocationReason;
  }

  /** True once expired. */
  public boolean isExpired() {
    return expired;
  }

  /** Expiry in epoch milliseconds, or null for a token that never expires. */
  public Long getExpiration() {
    return expiration;
  }

  /** Last use in epoch milliseconds, or null. */
  public Long getLastUsedAt() {
    return lastUsedAt;
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
    return "M2MToken{id=" + id + ", subject=" + subject + ", scopes=" + getScopes()
        + ", token=" + Redaction.secret(token) + ", revoked=" + revoked + ", expired=" + expired
        + ", expiration=" + expiration + "}";
  }
}
