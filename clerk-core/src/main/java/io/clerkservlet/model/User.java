package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A user of the instance ({@code "object": "user"}), with the commonly used fields. Timestamps are
 * epoch milliseconds. {@link #toString()} shows ids and flags only, never personal data.
 */
public final class User {
  private String id;
  private String externalId;
  private String username;
  private String firstName;
  private String lastName;
  private String imageUrl;
  private boolean hasImage;
  private String primaryEmailAddressId;
  private String primaryPhoneNumberId;
  private List<EmailAddress> emailAddresses;
  private List<PhoneNumber> phoneNumbers;
  private Map<String, Object> publicMetadata;
  private Map<String, Object> privateMetadata;
  private Map<String, Object> unsafeMetadata;
  private boolean passwordEnabled;
  private boolean twoFactorEnabled;
  private boolean banned;
  private boolean locked;
  private Long lastSignInAt;
  private Long lastActiveAt;
  private long createdAt;
  private long updatedAt;

  private User() {
  }

  /** The user id, {@code user_…}. */
  public String getId() {
    return id;
  }

  /** Your own id for this user, or null. */
  public String getExternalId() {
    return externalId;
  }

  /** The username, or null. */
  public String getUsername() {
    return username;
  }

  /** The first name, or null. */
  public String getFirstName() {
    return firstName;
  }

  /** The last name, or null. */
  public String getLastName() {
    return lastName;
  }

  /** The profile image URL (a default avatar when the user uploaded none). */
  public String getImageUrl() {
    return imageUrl;
  }

  /** True when the user uploaded a profile image. */
  public boolean isHasImage() {
    return hasImage;
  }

  /** The id of the primary email address, or null. */
  public String getPrimaryEmailAddressId() {
    return primaryEmailAddressId;
  }

  /** The id of the primary phone number, or null. */
  public String getPrimaryPhoneNumberId() {
    return primaryPhoneNumberId;
  }

  /** Every email address; never null. */
  public List<EmailAddress> getEmailAddresses() {
    return emailAddresses == null ? Collections.<EmailAddress>emptyList()
        : Collections.unmodifiableList(emailAddresses);
  }

  /** Every phone number; never null. */
  public List<PhoneNumber> getPhoneNumbers() {
    return phoneNumbers == null ? Collections.<PhoneNumber>emptyList()
        : Collections.unmodifiableList(phoneNumbers);
  }

  /** The primary email address, or null when the user has none. */
  public EmailAddress getPrimaryEmailAddress() {
    for (EmailAddress email : getEmailAddresses()) {
      if (email.getId() != null && email.getId().equals(primaryEmailAddressId)) {
        return email;
      }
    }
    return null;
  }

  /** The primary phone number, or null when the user has none. */
  public PhoneNumber getPrimaryPhoneNumber() {
    for (PhoneNumber phone : getPhoneNumbers()) {
      if (phone.getId() != null && phone.getId().equals(primaryPhoneNumberId)) {
        return phone;
      }
    }
    return null;
  }

  /** Metadata readable by the frontend, writable by the backend; never null. */
  public Map<String, Object> getPublicMetadata() {
    return readOnly(publicMetadata);
  }

  /** Metadata only the backend sees; never null. */
  public Map<String, Object> getPrivateMetadata() {
    return readOnly(privateMetadata);
  }

  /** Metadata the frontend may write (do not trust it); never null. */
  public Map<String, Object> getUnsafeMetadata() {
    return readOnly(unsafeMetadata);
  }

  /** True when the user has a password. */
  public boolean isPasswordEnabled() {
    return passwordEnabled;
  }

  /** True when a second factor is enabled. */
  public boolean isTwoFactorEnabled() {
    return twoFactorEnabled;
  }

  /** True when banned (cannot sign in). */
  public boolean isBanned() {
    return banned;
  }

  /** True when locked (too many failed attempts, or locked by an admin). */
  public boolean isLocked() {
    return locked;
  }

  /** Last sign-in in epoch milliseconds, or null. */
  public Long getLastSignInAt() {
    return lastSignInAt;
  }

  /** Last activity in epoch milliseconds, or null. */
  public Long getLastActiveAt() {
    return lastActiveAt;
  }

  /** Creation time in epoch milliseconds. */
  public long getCreatedAt() {
    return createdAt;
  }

  /** Last update in epoch milliseconds. */
  public long getUpdatedAt() {
    return updatedAt;
  }

  static Map<String, Object> readOnly(Map<String, Object> map) {
    return map == null ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return "User{id=" + id + ", externalId=" + externalId + ", banned=" + banned
        + ", locked=" + locked + "}";
  }
}
