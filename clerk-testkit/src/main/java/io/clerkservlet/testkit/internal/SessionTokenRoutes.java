package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/sessions/{id}/tokens[/{template}]} and {@code POST /v1/sessions/{id}/refresh}:
 * session JWTs signed with the instance's current key ({@code cat} session or JWT template).
 * Refresh answers 401 on any validation error, as Clerk does, so SDKs fall back to a handshake.
 */
public final class SessionTokenRoutes {
  /** Seconds a session token lives unless the call says otherwise (Clerk's default). */
  public static final long DEFAULT_TOKEN_SECONDS = 60;
  static final String SESSION_CATEGORY = "cl_B7d4PD111AAA";
  private static final String TEMPLATE_CATEGORY = "cl_B7d4PD222AAA";

  private final FakeState state;
  private final SessionStore sessions;

  /** Creates the routes. */
  public SessionTokenRoutes(FakeState state, SessionStore sessions) {
    this.state = state;
    this.sessions = sessions;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("POST", "/v1/sessions/{session_id}/tokens", this::token);
    router.add("POST", "/v1/sessions/{session_id}/tokens/{template_name}", this::token);
    router.add("POST", "/v1/sessions/{session_id}/refresh", this::refresh);
  }

  private Reply token(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = FakeBodies.lenient(request);
    Long seconds = FakeBodies.number(body, "expires_in_seconds");
    if (seconds != null && (seconds < 30 || seconds > 315360000L)) {
      throw FakeError.invalid("expires_in_seconds", "expires_in_seconds must be between 30 and 315360000.");
    }
    synchronized (state) {
      Map<String, Object> s = sessions.get(request.pathParam("session_id"));
      if (!"active".equals(s.get("status"))) {
        throw FakeError.notFound("Active session");
      }
      String template = request.pathParam("template_name");
      return Reply.ok(token(sessionJwt(s, seconds == null ? DEFAULT_TOKEN_SECONDS : seconds, null,
          template == null ? SESSION_CATEGORY : TEMPLATE_CATEGORY)));
    }
  }

  private Reply refresh(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("expired_token", "refresh_token", "request_origin",
        "request_headers", "format", "request_originating_ip");
    for (String field : new String[] {"expired_token", "refresh_token", "request_origin"}) {
      if (FakeBodies.text(body, field) == null) {
        throw new FakeError(Reply.paramError(400, "form_param_missing", field, "is missing",
            field + " must be included."));
      }
    }
    String format = FakeBodies.text(body, "format") == null ? "token" : FakeBodies.text(body, "format");
    if (!format.equals("token") && !format.equals("cookie")) {
      throw new FakeError(Reply.paramError(400, "form_param_format_invalid", "format", "is invalid",
          "format must be token or cookie."));
    }
    synchronized (state) {
      Map<String, Object> s = refreshable(request.pathParam("session_id"), body);
      String jwt = sessionJwt(s, DEFAULT_TOKEN_SECONDS, FakeBodies.text(body, "request_origin"),
          SESSION_CATEGORY);
      s.put("last_active_at", state.nowMillis());
      if (format.equals("token")) {
        return Reply.ok(token(jwt));
      }
      List<Object> cookies = new ArrayList<>();
      if ("true".equals(request.query("suffixed_cookies"))) {
        cookies.add("__session_" + cookieSuffix() + "=" + jwt + "; Path=/; SameSite=Lax");
      }
      cookies.add("__session=" + jwt + "; Path=/; SameSite=Lax");
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("object", "cookies");
      answer.put("cookies", cookies);
      return Reply.ok(answer);
    }
  }

  private Map<String, Object> refreshable(String sessionId, JsonNode body) {
    Map<String, Object> s;
    try {
      s = sessions.get(sessionId);
    } catch (FakeError e) {
      throw unauthorized("Session not found.");
    }
    if (!"active".equals(s.get("status"))) {
      throw unauthorized("The session is no longer active.");
    }
    if (!s.get("__refresh_token").equals(FakeBodies.text(body, "refresh_token"))) {
      throw unauthorized("The refresh token is invalid.");
    }
    JsonNode claims = verifiedClaims(FakeBodies.text(body, "expired_token"));
    if (claims == null || !sessionId.equals(claims.path("sid").asText())) {
      throw unauthorized("The expired token is invalid or belongs to another session.");
    }
    return s;
  }

  /** The payload of a JWT signed by one of the instance keys (expiry ignored), or null. */
  private JsonNode verifiedClaims(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      JsonNode header = FakeJson.MAPPER.readTree(b64.decode(parts[0]));
      for (SigningKey key : state.keys().all()) {
        if (key.kid().equals(header.path("kid").asText())) {
          Signature verifier = Signature.getInstance("SHA256withRSA");
          verifier.initVerify(key.publicKey());
          verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
          boolean valid = verifier.verify(b64.decode(parts[2]));
          return valid ? FakeJson.MAPPER.readTree(b64.decode(parts[1])) : null;
        }
      }
      return null;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  private String sessionJwt(Map<String, Object> session, long seconds, String azp, String category) {
    return sessionJwt(state, session, seconds, azp, category);
  }

  /** A session JWT (or JWT-template token) for the session, signed with the current key. */
  /** The hidden session field holding the v2 {@code o} claim of its active organization, when one is set. */
  static final String ORGANIZATION_CLAIM = "__organization_claim";

  static String sessionJwt(FakeState state, Map<String, Object> session, long seconds, String azp,
      String category) {
    long now = state.nowMillis() / 1000;
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("kid", state.keys().current().kid());
    header.put("typ", "JWT");
    header.put("cat", category);
    Map<String, Object> claims = new LinkedHashMap<>();
    if (azp != null) {
      claims.put("azp", azp);
    }
    claims.put("exp", now + seconds);
    claims.put("iat", now);
    claims.put("iss", "https://" + state.frontendApi());
    claims.put("nbf", now - 10);
    claims.put("sid", session.get("id"));
    claims.put("sts", "active");
    claims.put("sub", session.get("user_id"));
    claims.put("v", 2);
    if (session.get(ORGANIZATION_CLAIM) != null) {
      claims.put("o", session.get(ORGANIZATION_CLAIM));
    }
    return JwtSigner.sign(header, claims, state.keys().current().privateKey());
  }

  /** The cookie suffix of the fake's publishable key: first 8 chars of base64url(SHA-1(pk)). */
  private String cookieSuffix() {
    return cookieSuffix(state, false);
  }

  /** The cookie suffix of the fake's {@code pk_test_} (or, when {@code live}, {@code pk_live_}) key. */
  static String cookieSuffix(FakeState state, boolean live) {
    String publishableKey = (live ? "pk_live_" : "pk_test_") + Base64.getEncoder().withoutPadding()
        .encodeToString((state.frontendApi() + "$").getBytes(StandardCharsets.UTF_8));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest(publishableKey.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest).replace('+', '-').replace('/', '_')
          .substring(0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e);
    }
  }

  private static Map<String, Object> token(String jwt) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("object", "token");
    answer.put("jwt", jwt);
    return answer;
  }

  private static FakeError unauthorized(String longMessage) {
    return new FakeError(Reply.error(401, "authentication_invalid", "Unauthorized request",
        longMessage, null));
  }
}
