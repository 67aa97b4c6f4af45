package io.clerkservlet;

/** Why a request is not authenticated: the caller's token is bad, or it could not be checked now. */
public enum FailureCategory {
  /** The token is missing, malformed, expired, revoked or of the wrong kind: answer 401. */
  INVALID_TOKEN,
  /** Clerk could not be reached or refused our keys: fail closed with 503, never 401 or 500. */
  SERVICE_UNAVAILABLE
}
