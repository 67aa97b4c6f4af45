package io.clerkservlet.webhooks;

/**
 * A webhook could not be verified. {@link #getReason()} says why; the message is stable (and, where
 * {@code @clerk/backend} has one, the same text) and never contains the signing secret or the body;
 * there is deliberately no cause, as parser messages may quote either.
 */
public final class WebhookVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /** No signing secret was given (null or empty). */
    MISSING_SECRET,
    /** The signing secret is not {@code whsec_} followed by non-empty base64. */
    INVALID_SECRET,
    /** One or more of {@code svix-id}, {@code svix-timestamp}, {@code svix-signature} is missing or blank. */
    MISSING_HEADERS,
    /** {@code svix-timestamp} is not a whole number of seconds. */
    INVALID_TIMESTAMP,
    /** {@code svix-timestamp} is more than five minutes in the past. */
    TIMESTAMP_TOO_OLD,
    /** {@code svix-timestamp} is more than five minutes in the future. */
    TIMESTAMP_TOO_NEW,
    /** No {@code v1} signature in {@code svix-signature} matches the body. */
    NO_MATCHING_SIGNATURE,
    /** The signature matched but the body is not a JSON object (with an object or absent {@code data}). */
    INVALID_PAYLOAD
  }

  private final Reason reason;

  /** Creates the exception; {@code message} must not contain the secret. */
  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why verification failed. */
  public Reason getReason() {
    return reason;
  }
}
