package io.clerkservlet.model;

/** One email address of a user ({@code "object": "email_address"}). */
public final class EmailAddress {
  private String id;
  private String emailAddress;
  private boolean reserved;
  private Verification verification;
  private long createdAt;
  private long updatedAt;

  private EmailAddress() {
  }

  /** The identification id, {@code idn_…}. */
  public String getId() {
    return id;
  }

  /** The address. */
  public String getEmailAddress() {
    return emailAddress;
  }

  /** True when reserved (usable for sign-in but not yet verified). */
  public boolean isReserved() {
    return reserved;
  }

  /** How it was verified, or null. */
  public Verification getVerification() {
    return verification;
  }

  /** The verification status ({@code verified}, {@code unverified}, ...), or null when none. */
  public String getVerificationStatus() {
    return verification == null ? null : verification.getStatus();
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
    return "EmailAddress{id=" + id + ", emailAddress=" + emailAddress
        + ", verificationStatus=" + getVerificationStatus() + "}";
  }
}
