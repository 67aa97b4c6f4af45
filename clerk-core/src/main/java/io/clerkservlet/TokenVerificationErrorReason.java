package io.clerkservlet;

/**
 * Why a token failed verification, with {@code @clerk/backend}'s verbatim reason codes
 * ({@link #getCode()}) and a {@link FailureCategory}: the token is bad, it could not be checked
 * now, or our own keys cannot check it.
 */
public enum TokenVerificationErrorReason {
  /** The token has expired. */
  TOKEN_EXPIRED("token-expired", FailureCategory.INVALID_TOKEN),
  /** The token is malformed or of the wrong kind. */
  TOKEN_INVALID("token-invalid", FailureCategory.INVALID_TOKEN),
  /** The header {@code alg} is not RS256, RS384 or RS512. */
  TOKEN_INVALID_ALGORITHM("token-invalid-algorithm", FailureCategory.INVALID_TOKEN),
  /** The {@code azp} claim is missing or not an authorized party. */
  TOKEN_INVALID_AUTHORIZED_PARTIES("token-invalid-authorized-parties", FailureCategory.INVALID_TOKEN),
  /** The {@code iss} claim is not an accepted issuer. */
  TOKEN_INVALID_ISSUER("token-invalid-issuer", FailureCategory.INVALID_TOKEN),
  /** The signature does not match. */
  TOKEN_INVALID_SIGNATURE("token-invalid-signature", FailureCategory.INVALID_TOKEN),
  /** The {@code nbf} claim is in the future. */
  TOKEN_NOT_ACTIVE_YET("token-not-active-yet", FailureCategory.INVALID_TOKEN),
  /** The {@code iat} claim is in the future. */
  TOKEN_IAT_IN_THE_FUTURE("token-iat-in-the-future", FailureCategory.INVALID_TOKEN),
  /** A claim is missing or of the wrong type, or the signature could not be checked. */
  TOKEN_VERIFICATION_FAILED("token-verification-failed", FailureCategory.INVALID_TOKEN),
  /** Clerk refused the configured secret key: a misconfiguration. */
  SECRET_KEY_INVALID("secret-key-invalid", FailureCategory.MISCONFIGURED),
  /** The configured {@code jwtKey} is empty or not a usable PEM public key: a misconfiguration. */
  JWK_LOCAL_MISSING("jwk-local-missing", FailureCategory.MISCONFIGURED),
  /** The JWKS could not be loaded from Clerk. */
  JWK_REMOTE_FAILED_TO_LOAD("jwk-remote-failed-to-load", FailureCategory.SERVICE_UNAVAILABLE),
  /** Declared by {@code @clerk/backend} but never produced. */
  JWK_REMOTE_INVALID("jwk-remote-invalid", FailureCategory.SERVICE_UNAVAILABLE),
  /** Declared by {@code @clerk/backend} but never produced. */
  JWK_REMOTE_MISSING("jwk-remote-missing", FailureCategory.SERVICE_UNAVAILABLE),
  /** Neither {@code jwtKey} nor {@code secretKey} is configured: a misconfiguration. */
  JWK_FAILED_TO_RESOLVE("jwk-failed-to-resolve", FailureCategory.MISCONFIGURED),
  /** No key in the JWKS matches the token's {@code kid}. */
  JWK_KID_MISMATCH("jwk-kid-mismatch", FailureCategory.INVALID_TOKEN);

  private final String code;
  private final FailureCategory category;

  TokenVerificationErrorReason(String code, FailureCategory category) {
    this.code = code;
    this.category = category;
  }

  /** The verbatim {@code @clerk/backend} reason, for example {@code token-expired}. */
  public String getCode() {
    return code;
  }

  /** Whether the token is bad, could not be checked now, or cannot be checked with our configuration. */
  public FailureCategory getCategory() {
    return category;
  }

  @Override
  public String toString() {
    return code;
  }
}
