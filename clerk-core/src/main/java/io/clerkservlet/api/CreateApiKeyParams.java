package io.clerkservlet.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters of {@link ApiKeyApi#create(CreateApiKeyParams)}. */
public final class CreateApiKeyParams {
  private final String name;
  private final String subject;
  private final String description;
  private final Map<String, Object> claims;
  private final List<String> scopes;
  private final String createdBy;
  private final Long secondsUntilExpiration;

  private CreateApiKeyParams(Builder b) {
    this.name = b.name;
    this.subject = b.subject;
    this.description = b.description;
    this.claims = b.claims == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.claims));
    this.scopes = b.scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.createdBy = b.createdBy;
    this.secondsUntilExpiration = b.secondsUntilExpiration;
  }

  /** A new builder; {@code name} and {@code subject} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key's name. */
  public String getName() {
    return name;
  }

  /** The owner: {@code user_…}, {@code org_…} or {@code mch_…}. */
  public String getSubject() {
    return subject;
  }

  /** The description, or null. */
  public String getDescription() {
    return description;
  }

  /** Custom claims, or null. */
  public Map<String, Object> getClaims() {
    return claims;
  }

  /** Scopes, or null for none. */
  public List<String> getScopes() {
    return scopes;
  }

  /** The creating user, {@code user_…}, or null. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** Lifetime in seconds, or null for a key that never expires. */
  public Long getSecondsUntilExpiration() {
    return secondsUntilExpiration;
  }

  @Override
  public String toString() {
    return "CreateApiKeyParams{name=" + name + ", subject=" + subject + ", scopes=" + scopes
        + ", secondsUntilExpiration=" + secondsUntilExpiration + "}";
  }

  /** Builds {@link CreateApiKeyParams}. */
  public static final class Builder {
    private String name;
    private String subject;
    private String description;
    private Map<String, Object> claims;
    private List<String> scopes;
    private String createdBy;
    private Long secondsUntilExpiration;

    private Builder() {
    }

    /** The key's name; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The owner; required. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** A description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Custom claims. */
    public Builder claims(Map<String, ?> claims) {
      this.claims = claims == null ? null : new LinkedHashMap<String, Object>(claims);
      return this;
    }

    /** Scopes granted to the key. */
    public Builder scopes(List<String> scopes) {
      this.scopes = scopes == null ? null : new ArrayList<>(scopes);
      return this;
    }

    /** The creating user, {@code user_…}. */
    public Builder createdBy(String userId) {
      this.createdBy = userId;
      return this;
    }

    /** Lifetime in seconds; must be positive. */
    public Builder secondsUntilExpiration(long seconds) {
      this.secondsUntilExpiration = seconds;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "name is required", "subject is required" or
     *     "secondsUntilExpiration must be positive"
     */
    public CreateApiKeyParams build() {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("name is required");
      }
      if (subject == null || subject.isEmpty()) {
        throw new IllegalArgumentException("subject is required");
      }
      if (secondsUntilExpiration != null && secondsUntilExpiration <= 0) {
        throw new IllegalArgumentException("secondsUntilExpiration must be positive");
      }
      return new CreateApiKeyParams(this);
    }
  }
}
