package io.clerkservlet.internal.machine;

import io.clerkservlet.FailureCategory;
import io.clerkservlet.TokenType;

/** A machine token failed verification: {@code @clerk/backend}'s code, message and HTTP status. */
public final class MachineTokenVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Clerk does not know the token, or it is malformed, revoked or expired. */
  public static final String TOKEN_INVALID = "token-invalid";
  /** Clerk refused the secret key (a misconfiguration: {@link FailureCategory#MISCONFIGURED}). */
  public static final String SECRET_KEY_INVALID = "secret-key-invalid";
  /** Anything else: Clerk unreachable, 5xx, 429, ... */
  public static final String UNEXPECTED_ERROR = "unexpected-error";
  /** A JWT-format machine token failed local verification. */
  public static final String TOKEN_VERIFICATION_FAILED = "token-verification-failed";

  private final TokenType tokenType;
  private final String code;
  private final Integer status;
  private final FailureCategory category;

  MachineTokenVerificationException(TokenType tokenType, String code, String message, Integer status,
      FailureCategory category) {
    super(message, null, false, false);
    this.tokenType = tokenType;
    this.code = code;
    this.status = status;
    this.category = category;
  }

  /** An opaque token that Clerk cannot have issued (too long, control or non-ASCII characters). */
  public static MachineTokenVerificationException malformed(TokenType type) {
    return new MachineTokenVerificationException(type, TOKEN_INVALID, "Malformed machine token",
        null, FailureCategory.INVALID_TOKEN);
  }

  /** The token type being verified. */
  public TokenType tokenType() {
    return tokenType;
  }

  /** The reason code, for example {@code token-invalid}. */
  public String code() {
    return code;
  }

  /** Bad token, could not be checked now, or cannot be checked with our configuration. */
  public FailureCategory category() {
    return category;
  }

  /** {@code <message> (code=<code>, status=<status|n/a>)}. */
  public String fullMessage() {
    return getMessage() + " (code=" + code + ", status=" + (status == null ? "n/a" : status) + ")";
  }
}
