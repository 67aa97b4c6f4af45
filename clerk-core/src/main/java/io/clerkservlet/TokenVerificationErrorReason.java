package io.clerkservlet;

/**
 * Why a token failed verification, with {@code @clerk/backend}'s verbatim reason codes
 * ({@link #getCode()}) and a {@link Category}: the token is bad, or it could not be checked.
 */
public enum TokenVerificationErrorReason {
  /** The token has expired. */
  TOKEN_EXPIRED("token-expired", Category.INVALID_TOKEN),
  /** The token is malformed or of the wrong kind. */
  TOKEN_INVALID("token-invalid", Category.INVALID_TOKEN),
  /** The header {@code alg} is not RS256, RS384 or RS512. */
  TOKEN_INVALID_ALGORITHM("token-invalid-algorithm", Category.INVALID_TOKEN),
  /** The {@code azp} claim is missing or not an authorized party. */
  TOKEN_INVALID_AUTHORIZED_PARTIES("token-invalid-authorized-parties", Category.INVALID_TOKEN),
  /** The {@code iss} claim is not an accepted issuer. */
  TOKEN_INVALID_ISSUER("token-invalid-issuer", Category.INVALID_TOKEN),
  /** The signature does not match. */
  TOKEN_INVALID_SIGNATURE("token-invalid-signature", Category.INVALID_TOKEN),
  /** The {@code nbf} claim is in the future. */
  TOKEN_NOT_ACTIVE_YET("token-not-active-yet", Category.INVALID_TOKEN),
  /** The {@code iat} claim is in the future. */
  TOKEN_IAT_IN_THE_FUTURE("token-iat-in-the-future", Category.INVALID_TOKEN),
  /** A claim is missing or of the wrong type, or the signature could not be checked. */
  TOKEN_VERIFICATION_FAILED("token-verification-failed", Category.INVALID_TOKEN),
  /** Clerk refused the configured secret key. */
  SECRET_KEY_INVALID("secret-key-invalid", Category.SERVICE_UNAVAILABLE),
  /** The configured {@code jwtKey} is empty. */
  JWK_LOCAL_MISSING("jwk-local-missing", Category.SERVICE_UNAVAILABLE),
  /** The JWKS could not be loaded from Clerk. */
  JWK_REMOTE_FAILED_TO_LOAD("jwk-remote-failed-to-load", Category.SERVICE_UNAVAILABLE),
  /** Declared by {@code @clerk/backend} but never produced. */
  JWK_REMOTE_INVALID("jwk-remote-invalid", Category.SERVICE_UNAVAILABLE),
  /** Declared by {@code @clerk/backend} but never produced. */
  JWK_REMOTE_MISSING("jwk-remote-missing", Category.SERVICE_UNAVAILABLE),
  /** Neither {@code jwtKey} nor {@code secretKey} is configured. */
  JWK_FAILED_TO_RESOLVE("jwk-failed-to-resolve", Category.SERVICE_UNAVAILABLE),
  /** No key in the JWKS matches the token's {@code kid}. */
  JWK_KID_MISMATCH("jwk-kid-mismatch", Category.INVALID_TOKEN);

  /** Whether the caller sent a bad token, or the token could not be checked right now. */
  public enum Category {
    /** The token is bad: answer 401. */
    INVALID_TOKEN,
    /** Clerk could not be reached or the keys are misconfigured: answer 503, fail closed. */
    SERVICE_UNAVAILABLE
  }

  private final String code;
  private final Category category;

  TokenVerificationErrorReason(String code, Category category) {
    this.code = code;
    this.category = category;
  }

  /** The verbatim {@code @clerk/backend} reason, for example {@code token-expired}. */
  public String getCode() {
    return code;
  }

  /** Whether the token is bad or could not be checked. */
  public Category getCategory() {
    return category;
  }

  @Override
  public String toString() {
    return code;
  }
}
