package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.model.Session;
import io.clerkservlet.model.SessionRefresh;
import io.clerkservlet.model.SessionToken;
import java.util.Map;

/**
 * Sessions: {@code /v1/sessions} and friends, with the instance secret key. Obtain it from
 * {@code ClerkClient.sessions()}. Every call throws {@link ClerkApiException} when Clerk refuses or
 * cannot be reached, and {@link IllegalArgumentException} for an empty or unsafe id.
 */
public final class SessionApi {
  /** The smallest lifetime Clerk accepts for a minted token. */
  public static final long MIN_EXPIRES_IN_SECONDS = 30;
  /** The largest lifetime Clerk accepts for a minted token (ten years). */
  public static final long MAX_EXPIRES_IN_SECONDS = 315360000L;
  private static final String PATH = "sessions";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.sessions()}. */
  SessionApi(BapiContext context) {
    this.context = context;
  }

  /** One session by id. */
  public Session getSession(String sessionId) {
    return context.call(BapiRequest.get(PATH).id(sessionId), Session.class);
  }

  /** One page of sessions, newest first; Clerk gives no total, so the count is the page size. */
  public PaginatedResourceResponse<Session> getSessionList(ListSessionsParams params) {
    BapiRequest request = BapiRequest.get(PATH)
        .query("client_id", params.getClientId())
        .query("user_id", params.getUserId())
        .query("status", params.getStatus())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, Session.class);
  }

  /** Revokes a session (the user must sign in again); answers the revoked session. */
  public Session revokeSession(String sessionId) {
    return context.call(BapiRequest.post(PATH).id(sessionId).path("revoke"), Session.class);
  }

  /** Mints a session JWT with the default lifetime. */
  public SessionToken getToken(String sessionId) {
    return getToken(sessionId, null, null);
  }

  /** Mints a JWT from a JWT template (null template: a plain session JWT). */
  public SessionToken getToken(String sessionId, String template) {
    return getToken(sessionId, template, null);
  }

  /**
   * Mints a session JWT, or a JWT from {@code template} when not null, living
   * {@code expiresInSeconds} (30 to 315360000; null for the default).
   *
   * @throws IllegalArgumentException "expiresInSeconds must be between 30 and 315360000"
   */
  public SessionToken getToken(String sessionId, String template, Long expiresInSeconds) {
    if (expiresInSeconds != null
        && (expiresInSeconds < MIN_EXPIRES_IN_SECONDS || expiresInSeconds > MAX_EXPIRES_IN_SECONDS)) {
      throw new IllegalArgumentException("expiresInSeconds must be between 30 and 315360000");
    }
    BapiRequest request = BapiRequest.post(PATH).id(sessionId).path("tokens");
    if (template != null) {
      request.id(template);
    }
    if (expiresInSeconds != null) {
      Map<String, Object> body = BapiRequest.newBody();
      body.put("expires_in_seconds", expiresInSeconds);
      request.body(body);
    }
    return context.call(request, SessionToken.class);
  }

  /**
   * Exchanges an expired session JWT and the refresh token for a new session JWT (the
   * {@code @clerk/backend} refresh step). Clerk answers 401 when anything does not check out;
   * fall back to a handshake then.
   */
  public SessionRefresh refreshSession(String sessionId, RefreshSessionParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("expired_token", params.getExpiredToken());
    body.put("refresh_token", params.getRefreshToken());
    body.put("request_origin", params.getRequestOrigin());
    Params.putIfSet(body, "request_headers", params.getRequestHeaders());
    Params.putIfSet(body, "format", params.getFormat() == null ? null : params.getFormat().wireValue());
    BapiRequest request = BapiRequest.post(PATH).id(sessionId).path("refresh")
        .query("suffixed_cookies", params.isSuffixedCookies() ? "true" : null)
        .body(body);
    return context.call(request, SessionRefresh.class);
  }
}
