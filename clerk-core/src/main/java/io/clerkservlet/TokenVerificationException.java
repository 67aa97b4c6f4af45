package io.clerkservlet;

/**
 * A token failed verification. {@link #getReason()} says why with {@code @clerk/backend}'s reason
 * code; {@link #getMessage()} is the human-readable message (never the token itself).
 */
public final class TokenVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Action: {@code Contact support@clerk.com}. */
  public static final String ACTION_CONTACT_SUPPORT = "Contact support@clerk.com";
  /** Action: make sure the token is a Clerk JWT. */
  public static final String ACTION_ENSURE_CLERK_JWT = "Make sure that this is a valid Clerk-generated JWT.";
  /** Action: set {@code CLERK_JWT_KEY}. */
  public static final String ACTION_SET_JWT_KEY = "Set the CLERK_JWT_KEY environment variable.";
  /** Action: set {@code CLERK_SECRET_KEY}. */
  public static final String ACTION_SET_SECRET_KEY = "Set the CLERK_SECRET_KEY environment variable.";
  /** Action: check the dashboard keys. */
  public static final String ACTION_VERIFY_KEYS = "Go to your Dashboard and validate your secret and "
      + "public keys are correct. Contact support@clerk.com if the issue persists.";

  private final TokenVerificationErrorReason reason;
  private final String action;

  /** Creates the exception; {@code action} may be null. */
  public TokenVerificationException(TokenVerificationErrorReason reason, String message, String action) {
    this(reason, message, action, null);
  }

  /** Creates the exception with a cause; {@code action} may be null. */
  public TokenVerificationException(TokenVerificationErrorReason reason, String message, String action,
      Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.action = action;
  }

  /** Why verification failed. */
  public TokenVerificationErrorReason getReason() {
    return reason;
  }

  /** What to do about it, or null. */
  public String getAction() {
    return action;
  }

  /**
   * {@code <message> <action?> (reason=<reason>, token-carrier=<carrier>)}, as
   * {@code @clerk/backend}'s {@code getFullMessage()}; {@code carrier} is {@code header} or
   * {@code cookie}, or null to leave it out.
   */
  public String getFullMessage(String carrier) {
    StringBuilder sb = new StringBuilder(getMessage());
    if (action != null) {
      sb.append(' ').append(action);
    }
    sb.append(" (reason=").append(reason.getCode());
    if (carrier != null) {
      sb.append(", token-carrier=").append(carrier);
    }
    return sb.append(')').toString();
  }
}
