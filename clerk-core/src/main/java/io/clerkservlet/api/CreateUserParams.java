package io.clerkservlet.api;

import io.clerkservlet.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Parameters of {@link UserApi#createUser(CreateUserParams)}. Which fields are needed depends on
 * the instance settings.
 */
public final class CreateUserParams {
  private final List<String> emailAddresses;
  private final String firstName;
  private final String lastName;
  private final String username;
  private final String password;
  private final String externalId;
  private final Map<String, Object> publicMetadata;
  private final Map<String, Object> privateMetadata;
  private final Map<String, Object> unsafeMetadata;

  private CreateUserParams(Builder b) {
    this.emailAddresses = Params.copy(b.emailAddresses);
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.username = b.username;
    this.password = b.password;
    this.externalId = b.externalId;
    this.publicMetadata = Params.copy(b.publicMetadata);
    this.privateMetadata = Params.copy(b.privateMetadata);
    this.unsafeMetadata = Params.copy(b.unsafeMetadata);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Email addresses (the first becomes primary); may be empty. */
  public List<String> getEmailAddresses() {
    return emailAddresses;
  }

  /** The first name, or null. */
  public String getFirstName() {
    return firstName;
  }

  /** The last name, or null. */
  public String getLastName() {
    return lastName;
  }

  /** The username, or null. */
  public String getUsername() {
    return username;
  }

  /** The plain-text password, or null. */
  public String getPassword() {
    return password;
  }

  /** Your own id for the user, or null. */
  public String getExternalId() {
    return externalId;
  }

  /** Public metadata, or null. */
  public Map<String, Object> getPublicMetadata() {
    return publicMetadata;
  }

  /** Private metadata, or null. */
  public Map<String, Object> getPrivateMetadata() {
    return privateMetadata;
  }

  /** Unsafe metadata, or null. */
  public Map<String, Object> getUnsafeMetadata() {
    return unsafeMetadata;
  }

  @Override
  public String toString() {
    return "CreateUserParams{emailAddresses=" + emailAddresses.size() + ", username=" + username
        + ", externalId=" + externalId + ", password=" + Redaction.secret(password) + "}";
  }

  /** Builds {@link CreateUserParams}. */
  public static final class Builder {
    private final List<String> emailAddresses = new ArrayList<>();
    private String firstName;
    private String lastName;
    private String username;
    private String password;
    private String externalId;
    private Map<String, ?> publicMetadata;
    private Map<String, ?> privateMetadata;
    private Map<String, ?> unsafeMetadata;

    private Builder() {
    }

    /** Adds email addresses; the first one becomes the primary address. */
    public Builder emailAddress(String... addresses) {
      emailAddresses.addAll(Arrays.asList(addresses));
      return this;
    }

    /** The first name. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** The last name. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** The username. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** The plain-text password (Clerk checks it against the instance's password policy). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Your own id for the user. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** Metadata readable by the frontend. */
    public Builder publicMetadata(Map<String, ?> metadata) {
      this.publicMetadata = metadata;
      return this;
    }

    /** Metadata only the backend sees. */
    public Builder privateMetadata(Map<String, ?> metadata) {
      this.privateMetadata = metadata;
      return this;
    }

    /** Metadata the frontend may also write. */
    public Builder unsafeMetadata(Map<String, ?> metadata) {
      this.unsafeMetadata = metadata;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "emailAddress must not contain empty values",
     *     "emailAddress accepts at most 100 values" or "password must not be empty"
     */
    public CreateUserParams build() {
      Params.checkValues("emailAddress", emailAddresses);
      if (password != null && password.isEmpty()) {
        throw new IllegalArgumentException("password must not be empty");
      }
      return new CreateUserParams(this);
    }
  }
}
