package io.clerkservlet.model;

/** The public profile of an organization member, as embedded in an {@link OrganizationMembership}. */
public final class PublicUserData {
  private String userId;
  private String firstName;
  private String lastName;
  private String imageUrl;
  private boolean hasImage;
  private String identifier;
  private String username;

  private PublicUserData() {
  }

  /** The user id, {@code user_…}. */
  public String getUserId() {
    return userId;
  }

  /** The first name, or null. */
  public String getFirstName() {
    return firstName;
  }

  /** The last name, or null. */
  public String getLastName() {
    return lastName;
  }

  /** The profile image URL, or null. */
  public String getImageUrl() {
    return imageUrl;
  }

  /** True when the user uploaded a profile image. */
  public boolean isHasImage() {
    return hasImage;
  }

  /** The user's primary identifier (usually the email address), or null. */
  public String getIdentifier() {
    return identifier;
  }

  /** The username, or null. */
  public String getUsername() {
    return username;
  }

  @Override
  public String toString() {
    return "PublicUserData{userId=" + userId + "}";
  }
}
