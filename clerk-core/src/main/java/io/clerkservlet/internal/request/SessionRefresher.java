package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.api.RefreshSessionParams;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.model.SessionRefresh;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The refresh of an expired cookie session with the {@code __refresh_<suffix>} cookie through
 * {@code POST /v1/sessions/{sid}/refresh} (reference §1.9): signed in with the answer's
 * {@code Set-Cookie} headers, or the {@code refreshError} that goes into the handshake reason.
 */
final class SessionRefresher {
  static final String NON_ELIGIBLE_NO_COOKIE = "non-eligible-no-refresh-cookie";
  static final String NON_ELIGIBLE_NON_GET = "non-eligible-non-get";
  static final String INVALID_SESSION_TOKEN = "invalid-session-token";
  static final String MISSING_SESSION_TOKEN = "missing-session-token";
  static final String MISSING_REFRESH_TOKEN = "missing-refresh-token";
  static final String DECODE_FAILED = "expired-session-token-decode-failed";
  static final String MISSING_SID = "expired-session-token-missing-sid-claim";
  static final String FETCH_ERROR = "fetch-error";
  static final String UNEXPECTED_SDK_ERROR = "unexpected-sdk-error";
  static final String UNEXPECTED_BAPI_ERROR = "unexpected-bapi-error";
  private static final Logger LOG = Logger.getLogger(SessionRefresher.class.getName());

  /** A refresh outcome: the signed-in state, or why there is none. */
  static final class Result {
    final RequestState state;
    final String error;

    private Result(RequestState state, String error) {
      this.state = state;
      this.error = error;
    }
  }

  private final BrowserFlow flow;

  SessionRefresher(BrowserFlow flow) {
    this.flow = flow;
  }

  /** Refreshes the session of the expired cookie (else header) token. */
  Result attempt(AuthenticateContext ctx) {
    String expired = ctx.sessionToken();
    if (expired == null) {
      return failed(MISSING_SESSION_TOKEN);
    }
    if (ctx.refreshTokenInCookie == null) {
      return failed(MISSING_REFRESH_TOKEN);
    }
    Map<String, Object> claims = SuffixedCookies.claims(expired);
    if (claims == null) {
      return failed(DECODE_FAILED);
    }
    Object sid = claims.get("sid");
    if (!(sid instanceof String) || ((String) sid).isEmpty()) {
      return failed(MISSING_SID);
    }
    List<String> cookies;
    try {
      cookies = call(ctx, (String) sid, expired);
    } catch (ClerkApiException e) {
      LOG.log(Level.FINE, "Clerk: session refresh failed: {0}", e.getCode());
      if (e.getErrors().isEmpty()) {
        return failed(UNEXPECTED_BAPI_ERROR);
      }
      return failed(ClerkApiException.CODE_UNEXPECTED_ERROR.equals(e.getCode()) ? FETCH_ERROR : e.getCode());
    } catch (RuntimeException e) {
      return failed(UNEXPECTED_BAPI_ERROR);
    }
    if (cookies.isEmpty()) {
      return failed(UNEXPECTED_SDK_ERROR);
    }
    return verified(ctx, cookies);
  }

  private List<String> call(AuthenticateContext ctx, String sessionId, String expired) {
    RefreshSessionParams params = RefreshSessionParams.builder()
        .format(RefreshSessionParams.Format.COOKIE)
        .suffixedCookies(ctx.suffixed)
        .expiredToken(expired)
        .refreshToken(ctx.refreshTokenInCookie)
        .requestOrigin(ctx.clerkUrl().origin())
        .requestHeaders(requestHeaders(ctx))
        .build();
    SessionRefresh answer = flow.sessionApi.refreshSession(sessionId, params);
    return answer == null ? Collections.<String>emptyList() : answer.getCookies();
  }

  private Result verified(AuthenticateContext ctx, List<String> cookies) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String token = SetCookies.apply(cookies, headers);
    try {
      Map<String, Object> claims = flow.verify(token == null ? "" : token, ctx);
      return new Result(RequestState.signedIn(TokenType.SESSION_TOKEN, token, new SignedInAuthObject(claims, token),
          headers), null);
    } catch (TokenVerificationException e) {
      return failed(INVALID_SESSION_TOKEN);
    }
  }

  /** The request's headers as the Fetch API lists them: lower-case names, sorted, values joined. */
  private static Map<String, List<String>> requestHeaders(AuthenticateContext ctx) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String name : ctx.request.getHeaderNames()) {
      List<String> value = new ArrayList<>();
      value.add(ctx.request.getHeader(name));
      out.put(name.toLowerCase(Locale.ROOT), value);
    }
    return out;
  }

  private static Result failed(String error) {
    return new Result(null, error);
  }
}
