package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An API key ({@code "object": "api_key"}) owned by a user, organization or machine. Timestamps
 * are epoch milliseconds. {@link #getSecret()} is set only in the answer to create; {@link
 * #toString()} never shows it.
 */
public final class ApiKey {
  private String object;
  private String id;
  private String type;
  private String name;
  private String subject;
  private List<String> scopes;
  private Map<String, Object> claims;
  private boolean revoked;
  private String revocationReason;
  private boolean expired;
  private Long expiration;
  private String createdBy;
  private String description;
  private Long lastUsedAt;
  private long createdAt;
  private long updatedAt;
  private String secret;

  private ApiKey() {
  }

  /** Always {@code api_key}. */
  public String getObject() {
    return object;
  }

  /** The key id, {@code ak_…}. */
  public String getId() {
    return id;
  }

  /** The key type, for example {@code api_key}. */
  public String getType() {
    return type;
  }

  /** The key's name. */
  public String getName() {
    return name;
  }

  /** The owner: {@code user_…}, {@code org_…} or {@code mch_…}. */
  public String getSubject() {
    return subject;
  }

  /** The scopes granted to the key; never null. */
  public List<String> getScopes() {
    return scopes == null ? Collections.<String>emptyList() : Collections.unmodifiableList(scopes);
  }

  /** Custom claims, or null. */
  public Map<String, Object> getClaims() {
    return claims == null ? null : Collections.unmodifiableMap(claims);
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

  /** Expiry in epoch milliseconds, or null for a key that never expires. */
  public Long getExpiration() {
    return expiration;
  }

  /** The user who created the key, {@code user_…}, or null. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** The description, or null. */
  public String getDescription() {
    return description;
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

  /** The secret; present only in the answer to create. */
  public String getSecret() {
    return secret;
  }

  @Override
  public String toString() {
    return "ApiKey{id=" + id + ", name=" + name + ", subject=" + subject + ", scopes=" + getScopes()
        + ", revoked=" + revoked + ", expired=" + expired + ", expiration=" + expiration
        + ", secret=" + Redaction.secret(secret) + "}";
  }
}
