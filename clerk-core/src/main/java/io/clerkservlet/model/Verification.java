package io.clerkservlet.model;

/** How an email address or phone number was verified. Values stay strings (Clerk may add more). */
public final class Verification {
  private String status;
  private String strategy;
  private Integer attempts;
  private Long expireAt;

  private Verification() {
  }

  /** {@code verified}, {@code unverified}, {@code failed}, {@code expired}, ... */
  public String getStatus() {
    return status;
  }

  /** {@code admin}, {@code email_code}, {@code email_link}, {@code oauth_google}, ... */
  public String getStrategy() {
    return strategy;
  }

  /** Attempts made, or null. */
  public Integer getAttempts() {
    return attempts;
  }

  /** When the pending verification expires, in epoch milliseconds, or null. */
  public Long getExpireAt() {
    return expireAt;
  }

  @Override
  public String toString() {
    return "Verification{status=" + status + ", strategy=" + strategy + "}";
  }
}
