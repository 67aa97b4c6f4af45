package io.clerkservlet.testkit.internal;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's sign-in and sign-out pages for a person with a browser (Clerk's hosted sign-in, without
 * the form): {@code GET /v1/dev/sign_in?user_id=…[&organization_id=…]&redirect_url=…} starts a session
 * on a new client, sets the Frontend API's {@code __client} cookie and sends the browser through the
 * handshake ({@code /v1/client/handshake}) back to {@code redirect_url}, where the filter sets the
 * session cookies from the handshake as it does with Clerk. {@code GET /v1/dev/sign_out?redirect_url=…}
 * ends the browser's session and goes through the handshake too, which clears them.
 */
public final class DevSignInRoutes {
  private static final String CLIENT_COOKIE = "__client";

  private final FakeState state;
  private final UserStore users;
  private final SessionStore sessions;
  private final OrganizationStore organizations;

  /** Creates the routes. */
  public DevSignInRoutes(FakeState state, UserStore users, SessionStore sessions, OrganizationStore organizations) {
    this.state = state;
    this.users = users;
    this.sessions = sessions;
    this.organizations = organizations;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/v1/dev/sign_in", this::signIn);
    router.add("GET", "/v1/dev/sign_out", this::signOut);
  }

  private Reply signIn(FakeRequest request) {
    String redirectUrl = redirectUrl(request);
    String userId = request.query("user_id");
    if (userId == null) {
      throw new FakeError(Reply.paramError(400, "form_param_missing", "user_id", "is missing",
          "user_id is missing."));
    }
    String clientToken;
    synchronized (state) {
      users.get(userId);
      Map<String, Object> session = sessions.create(userId);
      String orgId = request.query("organization_id");
      if (orgId != null) {
        session.put("last_active_organization_id", orgId);
        session.put(SessionTokenRoutes.ORGANIZATION_CLAIM, organizationClaim(orgId, userId));
      }
      clientToken = sessions.clientToken(session);
    }
    return throughHandshake(redirectUrl).header("Set-Cookie", CLIENT_COOKIE + "=" + clientToken
        + "; Path=/; HttpOnly; SameSite=Lax");
  }

  private Reply signOut(FakeRequest request) {
    String redirectUrl = redirectUrl(request);
    synchronized (state) {
      String clientId = sessions.clientIdByToken(FrontendApiRoutes.cookie(request, CLIENT_COOKIE));
      Map<String, Object> session = clientId == null ? null : sessions.activeSession(clientId);
      if (session != null) {
        sessions.end(session, "ended");
      }
    }
    return throughHandshake(redirectUrl);
  }

  /** The v2 {@code o} claim of the user's membership: id, slug and role without its {@code org:} prefix. */
  private Map<String, Object> organizationClaim(String orgId, String userId) {
    Map<String, Object> membership = organizations.membership(orgId, userId);
    Map<String, Object> org = organizations.get(orgId);
    String role = (String) membership.get("role");
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", org.get("id"));
    claim.put("slg", org.get("slug"));
    claim.put("rol", role.startsWith("org:") ? role.substring(4) : role);
    return claim;
  }

  private static Reply throughHandshake(String redirectUrl) {
    try {
      return Reply.json(303, null).header("Location", "/v1/client/handshake?redirect_url="
          + URLEncoder.encode(redirectUrl, "UTF-8")).header("Cache-Control", "no-store");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String redirectUrl(FakeRequest request) {
    String url = request.query("redirect_url");
    if (url != null && FrontendApiRoutes.isHttpUrl(url)) {
      return url;
    }
    throw new FakeError(Reply.paramError(400, "form_param_missing", "redirect_url", "is missing",
        "redirect_url must be an absolute http(s) URL."));
  }
}
