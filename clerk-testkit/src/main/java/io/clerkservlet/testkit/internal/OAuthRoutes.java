package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth_applications/access_tokens/verify} (with and without {@code /v1}) over
 * opaque OAuth access tokens ({@code oat_} + 32 hex) that tests issue with {@link #issue}.
 */
public final class OAuthRoutes {
  /** Seconds an issued access token lives. */
  public static final long TOKEN_TTL_SECONDS = 3600;

  private final FakeState state;
  private final Map<String, Map<String, Object>> tokens = new LinkedHashMap<>();
  private final Map<String, String> idBySecret = new LinkedHashMap<>();

  /** Creates the routes over the shared state. */
  public OAuthRoutes(FakeState state) {
    this.state = state;
  }

  /** Registers the route. */
  public void register(Router router) {
    router.addWithAndWithoutVersion("POST", "/oauth_applications/access_tokens/verify", this::verify);
  }

  /**
   * Issues an access token; the answer holds the token's fields plus {@code __secret}, the token.
   *
   * @throws IllegalArgumentException when the user id is not {@code user_} + 27 word characters
   */
  public Map<String, Object> issue(String userId, String clientId, List<String> scopes) {
    if (userId == null || !userId.matches("^user_\\w{27}$")) {
      throw new IllegalArgumentException("userId must look like user_ followed by 27 letters or digits");
    }
    if (clientId == null || clientId.isEmpty()) {
      throw new IllegalArgumentException("clientId is required");
    }
    synchronized (state) {
      long now = state.nowMillis();
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("object", "clerk_idp_oauth_access_token");
      t.put("id", Ids.hex32("oat_"));
      t.put("client_id", clientId);
      t.put("subject", userId);
      t.put("scopes", scopes == null ? new ArrayList<String>() : new ArrayList<>(scopes));
      t.put("revoked", false);
      t.put("revocation_reason", null);
      t.put("expired", false);
      t.put("expiration", now + TOKEN_TTL_SECONDS * 1000);
      t.put("created_at", now);
      t.put("updated_at", now);
      String secret = Ids.hex32("oat_");
      t.put("__secret", secret);
      tokens.put((String) t.get("id"), t);
      idBySecret.put(secret, (String) t.get("id"));
      return new LinkedHashMap<>(t);
    }
  }

  /** Revokes an issued token. */
  public void revoke(String id, String reason) {
    synchronized (state) {
      Map<String, Object> t = tokens.get(id);
      if (t == null) {
        throw new IllegalArgumentException("no OAuth access token " + id);
      }
      t.put("revoked", true);
      t.put("revocation_reason", reason);
      t.put("updated_at", state.nowMillis());
    }
  }

  private Reply verify(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("access_token", "secret");
    String token = Bodies.text(body, "access_token");
    if (token == null) {
      token = Bodies.text(body, "secret");
    }
    if (token == null || token.isEmpty()) {
      throw FakeError.missing("access_token");
    }
    synchronized (state) {
      String id = idBySecret.get(token);
      Map<String, Object> t = id == null ? null : tokens.get(id);
      if (t == null) {
        throw FakeError.notFound("OAuth token");
      }
      Long exp = (Long) t.get("expiration");
      t.put("expired", exp != null && exp <= state.nowMillis());
      Map<String, Object> view = new LinkedHashMap<>(t);
      view.remove("__secret");
      return Reply.ok(view);
    }
  }
}
