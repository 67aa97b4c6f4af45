package io.clerkservlet.api;

import java.util.Map;

/**
 * Parameters of {@link InvitationApi#createInvitation(CreateInvitationParams)};
 * {@code emailAddress} is required.
 */
public final class CreateInvitationParams {
  private final String emailAddress;
  private final String redirectUrl;
  private final Map<String, Object> publicMetadata;
  private final Boolean notify;
  private final Boolean ignoreExisting;
  private final Integer expiresInDays;

  private CreateInvitationParams(Builder b) {
    this.emailAddress = b.emailAddress;
    this.redirectUrl = b.redirectUrl;
    this.publicMetadata = Params.copy(b.publicMetadata);
    this.notify = b.notify;
    this.ignoreExisting = b.ignoreExisting;
    this.expiresInDays = b.expiresInDays;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address to invite. */
  public String getEmailAddress() {
    return emailAddress;
  }

  /** Where the invitation link leads, or null. */
  public String getRedirectUrl() {
    return redirectUrl;
  }

  /** Metadata copied to the new user's public metadata, or null. */
  public Map<String, Object> getPublicMetadata() {
    return publicMetadata;
  }

  /** Whether Clerk emails the invitation, or null for yes. */
  public Boolean getNotify() {
    return notify;
  }

  /** Whether to invite even when the address has a pending invitation or a user, or null for no. */
  public Boolean getIgnoreExisting() {
    return ignoreExisting;
  }

  /** Days until the invitation expires (1 to 365), or null for never. */
  public Integer getExpiresInDays() {
    return expiresInDays;
  }

  /** Builds {@link CreateInvitationParams}. */
  public static final class Builder {
    private String emailAddress;
    private String redirectUrl;
    private Map<String, ?> publicMetadata;
    private Boolean notify;
    private Boolean ignoreExisting;
    private Integer expiresInDays;

    private Builder() {
    }

    /** The address to invite; required. */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = emailAddress;
      return this;
    }

    /** Where the invitation link leads (your sign-up page). */
    public Builder redirectUrl(String url) {
      this.redirectUrl = url;
      return this;
    }

    /** Metadata copied to the new user's public metadata. */
    public Builder publicMetadata(Map<String, ?> metadata) {
      this.publicMetadata = metadata;
      return this;
    }

    /** Whether Clerk emails the invitation (default yes). */
    public Builder notify(boolean notify) {
      this.notify = notify;
      return this;
    }

    /** Invite even when the address already has a pending invitation or a user. */
    public Builder ignoreExisting(boolean ignore) {
      this.ignoreExisting = ignore;
      return this;
    }

    /** Days until the invitation expires, 1 to 365. */
    public Builder expiresInDays(int days) {
      this.expiresInDays = days;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "emailAddress is required" or
     *     "expiresInDays must be between 1 and 365"
     */
    public CreateInvitationParams build() {
      Params.require("emailAddress", emailAddress);
      if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 365)) {
        throw new IllegalArgumentException("expiresInDays must be between 1 and 365");
      }
      return new CreateInvitationParams(this);
    }
  }
}
