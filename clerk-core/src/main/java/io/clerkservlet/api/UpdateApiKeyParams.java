package io.clerkservlet.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters of {@link ApiKeyApi#update(UpdateApiKeyParams)}. Fields left unset are not sent and
 * keep their value.
 */
public final class UpdateApiKeyParams {
  private final String apiKeyId;
  private final String subject;
  private final String description;
  private final Map<String, Object> claims;
  private final List<String> scopes;
  private final Long secondsUntilExpiration;

  private UpdateApiKeyParams(Builder b) {
    this.apiKeyId = b.apiKeyId;
    this.subject = b.subject;
    this.description = b.description;
    this.claims = b.claims == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.claims));
    this.scopes = b.scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.secondsUntilExpiration = b.secondsUntilExpiration;
  }

  /** A new builder; {@code apiKeyId} and {@code subject} are required (as in {@code @clerk/backend}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The key to update, {@code ak_…}. */
  public String getApiKeyId() {
    return apiKeyId;
  }

  /** The owner. */
  public String getSubject() {
    return subject;
  }

  /** The new description, or null to keep it. */
  public String getDescription() {
    return description;
  }

  /** The new claims, or null to keep them. */
  public Map<String, Object> getClaims() {
    return claims;
  }

  /** The new scopes, or null to keep them. */
  public List<String> getScopes() {
    return scopes;
  }

  /** A new lifetime in seconds from now, or null to keep the expiry. */
  public Long getSecondsUntilExpiration() {
    return secondsUntilExpiration;
  }

  /** Builds {@link UpdateApiKeyParams}. */
  public static final class Builder {
    private String apiKeyId;
    private String subject;
    private String description;
    private Map<String, Object> claims;
    private List<String> scopes;
    private Long secondsUntilExpiration;

    private Builder() {
    }

    /** The key id; required. */
    public Builder apiKeyId(String id) {
      this.apiKeyId = id;
      return this;
    }

    /** The owner; required. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** A new description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** New custom claims. */
    public Builder claims(Map<String, ?> claims) {
      this.claims = claims == null ? null : new LinkedHashMap<String, Object>(claims);
      return this;
    }

    /** New scopes. */
    public Builder scopes(List<String> scopes) {
      this.scopes = scopes == null ? null : new ArrayList<>(scopes);
      return this;
    }

    /** A new lifetime in seconds from now; must be positive. */
    public Builder secondsUntilExpiration(long seconds) {
      this.secondsUntilExpiration = seconds;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "A valid resource ID is required.", "subject is required"
     *     or "secondsUntilExpiration must be positive"
     */
    public UpdateApiKeyParams build() {
      if (apiKeyId == null || apiKeyId.isEmpty()) {
        throw new IllegalArgumentException("A valid resource ID is required.");
      }
      if (subject == null || subject.isEmpty()) {
        throw new IllegalArgumentException("subject is required");
      }
      if (secondsUntilExpiration != null && secondsUntilExpiration <= 0) {
        throw new IllegalArgumentException("secondsUntilExpiration must be positive");
      }
      return new UpdateApiKeyParams(this);
    }
  }
}
