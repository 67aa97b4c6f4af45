package io.clerkservlet.model;

/** One phone number of a user ({@code "object": "phone_number"}). */
public final class PhoneNumber {
  private String id;
  private String phoneNumber;
  private boolean reservedForSecondFactor;
  private Verification verification;
  private long createdAt;
  private long updatedAt;

  private PhoneNumber() {
  }

  /** The identification id, {@code idn_…}. */
  public String getId() {
    return id;
  }

  /** The number, in E.164 form. */
  public String getPhoneNumber() {
    return phoneNumber;
  }

  /** True when the number is used only as a second factor. */
  public boolean isReservedForSecondFactor() {
    return reservedForSecondFactor;
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
    return "PhoneNumber{id=" + id + ", verificationStatus=" + getVerificationStatus() + "}";
  }
}
