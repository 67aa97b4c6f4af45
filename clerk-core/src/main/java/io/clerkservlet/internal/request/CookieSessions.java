package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;

/**
 * The path for requests with no token in the header. The browser flow ({@code __session} cookie,
 * {@code __client_uat}, refresh, handshake) plugs in here; until then such a request has neither
 * a session nor an active client: {@code session-token-and-uat-missing}, as {@code @clerk/backend}
 * answers a production request without cookies.
 */
final class CookieSessions {
  static final String SESSION_TOKEN_AND_UAT_MISSING = "session-token-and-uat-missing";

  private CookieSessions() {
  }

  static RequestState authenticate(ClerkRequest request) {
    return RequestState.signedOut(TokenType.SESSION_TOKEN, SESSION_TOKEN_AND_UAT_MISSING, "",
        FailureCategory.INVALID_TOKEN, SessionErrors.noHeaders());
  }
}
