package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code handleSessionTokenError}: expired, not-yet-valid and future-issued session tokens become
 * {@code session-token-expired-refresh-<refreshError>}, {@code session-token-nbf} and
 * {@code session-token-iat-in-the-future}; other failures keep the verification reason. The message
 * is the full message with the token carrier.
 *
 * <p>This is the seam of the browser flow: cookie refresh and the handshake redirect plug in here.
 * Until they do, refresh is never attempted and no request is eligible for a handshake, so these
 * states are signed-out with the same reasons, as {@code @clerk/backend} answers an API call.
 */
final class SessionErrors {
  private SessionErrors() {
  }

  static RequestState handle(TokenVerificationException err, String carrier, ClerkRequest request) {
    String message = err.getFullMessage(carrier);
    String reason;
    switch (err.getReason()) {
      case TOKEN_EXPIRED:
        reason = "session-token-expired-refresh-" + refreshError(request);
        break;
      case TOKEN_NOT_ACTIVE_YET:
        reason = "session-token-nbf";
        break;
      case TOKEN_IAT_IN_THE_FUTURE:
        reason = "session-token-iat-in-the-future";
        break;
      default:
        return RequestState.signedOut(TokenType.SESSION_TOKEN, err.getReason().getCode(), message,
            err.getReason().getCategory(), noHeaders());
    }
    return RequestState.signedOut(TokenType.SESSION_TOKEN, reason, message,
        TokenVerificationErrorReason.TOKEN_EXPIRED.getCategory(), noHeaders());
  }

  /** Why no refresh was attempted: the request is not a GET, or it has no refresh cookie. */
  private static String refreshError(ClerkRequest request) {
    return "GET".equals(request.getMethod()) ? "non-eligible-no-refresh-cookie" : "non-eligible-non-get";
  }

  static Map<String, List<String>> noHeaders() {
    return Collections.emptyMap();
  }
}
