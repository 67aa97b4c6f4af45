package io.clerkservlet.api;

import io.clerkservlet.internal.Redaction;

/**
 * Parameters of {@link UserApi#updateUser(String, UpdateUserParams)}: only the fields set are
 * sent. Metadata is not part of this call since API version 2026-05-12: use
 * {@link UserApi#updateUserMetadata(String, UpdateUserMetadataParams)}.
 */
public final class UpdateUserParams {
  private final String firstName;
  private final String lastName;
  private final String username;
  private final String externalId;
  private final String password;
  private final String primaryEmailAddressId;

  private UpdateUserParams(Builder b) {
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.username = b.username;
    this.externalId = b.externalId;
    this.password = b.password;
    this.primaryEmailAddressId = b.primaryEmailAddressId;
  }

  /** A new builder; at least one field must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new first name, or null to keep it. */
  public String getFirstName() {
    return firstName;
  }

  /** The new last name, or null to keep it. */
  public String getLastName() {
    return lastName;
  }

  /** The new username, or null to keep it. */
  public String getUsername() {
    return username;
  }

  /** The new external id, or null to keep it. */
  public String getExternalId() {
    return externalId;
  }

  /** The new plain-text password, or null to keep it. */
  public String getPassword() {
    return password;
  }

  /** The id of the email address to make primary, or null to keep it. */
  public String getPrimaryEmailAddressId() {
    return primaryEmailAddressId;
  }

  @Override
  public String toString() {
    return "UpdateUserParams{username=" + username + ", externalId=" + externalId
        + ", primaryEmailAddressId=" + primaryEmailAddressId
        + ", password=" + Redaction.secret(password) + "}";
  }

  /** Builds {@link UpdateUserParams}. */
  public static final class Builder {
    private String firstName;
    private String lastName;
    private String username;
    private String externalId;
    private String password;
    private String primaryEmailAddressId;

    private Builder() {
    }

    /** The new first name. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** The new last name. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** The new username. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** The new external id. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** The new plain-text password. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The id of one of the user's email addresses, to make primary. */
    public Builder primaryEmailAddressId(String id) {
      this.primaryEmailAddressId = id;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "at least one field is required" or "password must not be empty"
     */
    public UpdateUserParams build() {
      if (firstName == null && lastName == null && username == null && externalId == null
          && password == null && primaryEmailAddressId == null) {
        throw new IllegalArgumentException("at least one field is required");
      }
      if (password != null && password.isEmpty()) {
        throw new IllegalArgumentException("password must not be empty");
      }
      return new UpdateUserParams(this);
    }
  }
}
