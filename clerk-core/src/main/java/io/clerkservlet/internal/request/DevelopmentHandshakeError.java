package io.clerkservlet.internal.request;

/**
 * A development instance's handshake token that does not verify: thrown by {@code authenticateRequest},
 * as {@code @clerk/backend} does. Caused by the {@code TokenVerificationException} that says why.
 */
public final class DevelopmentHandshakeError extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  DevelopmentHandshakeError(String message, Throwable cause) {
    super(message, cause);
  }
}
