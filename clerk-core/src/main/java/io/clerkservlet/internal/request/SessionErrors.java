package io.clerkservlet.internal.request;

import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code handleSessionTokenError} (reference §1.9): an expired session token is refreshed with the
 * {@code __refresh_<suffix>} cookie on a GET; otherwise expired, not-yet-valid and future-issued
 * tokens become handshakes ({@code session-token-expired-refresh-<refreshError>},
 * {@code session-token-nbf}, {@code session-token-iat-in-the-future}) when the request is a page
 * navigation, and other failures keep the verification reason. Messages carry the token carrier.
 */
final class SessionErrors {
  private final SessionRefresher refresher;

  SessionErrors(SessionRefresher refresher) {
    this.refresher = refresher;
  }

  RequestState handle(TokenVerificationException err, String carrier, AuthenticateContext ctx) {
    String message = err.getFullMessage(carrier);
    switch (err.getReason()) {
      case TOKEN_EXPIRED:
        String refreshError;
        if (isRefreshEligible(ctx)) {
          SessionRefresher.Result result = refresher.attempt(ctx);
          if (result.state != null) {
            return result.state;
          }
          refreshError = result.error;
        } else {
          refreshError = !"GET".equals(ctx.method) ? SessionRefresher.NON_ELIGIBLE_NON_GET
              : ctx.refreshTokenInCookie == null ? SessionRefresher.NON_ELIGIBLE_NO_COOKIE : null;
        }
        return Handshakes.maybe(ctx, "session-token-expired-refresh-" + refreshError, message);
      case TOKEN_NOT_ACTIVE_YET:
        return Handshakes.maybe(ctx, "session-token-nbf", message);
      case TOKEN_IAT_IN_THE_FUTURE:
        return Handshakes.maybe(ctx, "session-token-iat-in-the-future", message);
      default:
        return RequestState.signedOut(TokenType.SESSION_TOKEN, err.getReason().getCode(), message,
            err.getReason().getCategory(), noHeaders());
    }
  }

  private static boolean isRefreshEligible(AuthenticateContext ctx) {
    return ctx.refreshTokenInCookie != null && "GET".equals(ctx.method);
  }

  static Map<String, List<String>> noHeaders() {
    return Collections.emptyMap();
  }
}
