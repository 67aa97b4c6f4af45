package io.clerkservlet;

/**
 * Why a request is not authenticated: the caller's token is bad, it could not be checked now, or
 * our own configuration cannot check it.
 */
public enum FailureCategory {
  /** The token is missing, malformed, expired, revoked or of the wrong kind: answer 401. */
  INVALID_TOKEN,
  /** Clerk could not be reached, was too slow, or answered 5xx or 429: fail closed with 503, never 401. */
  SERVICE_UNAVAILABLE,
  /**
   * Our own configuration cannot verify this token (a secret key Clerk rejects, an unusable
   * {@code jwtKey}, no key for an accepted token kind): answer 500, never 401, and fix the
   * configuration; retrying cannot help.
   */
  MISCONFIGURED
}
