package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /m2m_tokens}: create (machine secret key only, 201), list, revoke, verify. Opaque tokens
 * are {@code mt_} + 32 hex; JWT tokens are signed with the instance key and carry the M2M
 * {@code cat}.
 */
public final class M2MTokenRoutes {
  /** The JOSE {@code cat} header of M2M JWTs. */
  public static final String M2M_CATEGORY = ClerkTokens.CATEGORY_M2M;

  /** The status of every parameter error: these endpoints document 400, not 422. */
  static final int BAD_REQUEST = 400;
  /** The largest {@code limit} of the list endpoint. */
  static final int MAX_LIMIT = 100;

  private final FakeState state;
  private final Map<String, Map<String, Object>> tokens = new LinkedHashMap<>();
  private final Map<String, String> idBySecret = new LinkedHashMap<>();

  /** Creates the routes over the shared state. */
  public M2MTokenRoutes(FakeState state) {
    this.state = state;
  }

  /** Registers the routes (with and without {@code /v1}). */
  public void register(Router router) {
    router.addWithAndWithoutVersion("POST", "/m2m_tokens", this::create);
    router.addWithAndWithoutVersion("GET", "/m2m_tokens", this::list);
    router.addWithAndWithoutVersion("POST", "/m2m_tokens/verify", this::verify);
    router.addWithAndWithoutVersion("POST", "/m2m_tokens/{m2m_token_id}/revoke", this::revoke);
  }

  private Reply create(FakeRequest request) {
    FakeMachine machine = state.machineBySecretKey(request.bearer());
    if (machine == null) {
      throw new FakeError(Reply.error(401, "machine_secret_key_invalid", "Machine secret key invalid",
          "The provided Machine Secret Key is invalid. Make sure that your Machine Secret Key is correct.",
          null));
    }
    ObjectNode body = request.jsonBody(BAD_REQUEST, "token_format", "seconds_until_expiration",
        "claims", "min_remaining_ttl_seconds");
    String format = text(body, "token_format", "opaque");
    if (!format.equals("opaque") && !format.equals("jwt")) {
      throw FakeError.invalid(BAD_REQUEST, "token_format", "token_format must be opaque or jwt.");
    }
    JsonNode ttlNode = body.get("seconds_until_expiration");
    long ttl = ttlNode == null || ttlNode.isNull() ? machine.defaultTokenTtl : ttlNode.asLong();
    if (ttl <= 0) {
      throw FakeError.invalid(BAD_REQUEST, "seconds_until_expiration",
          "seconds_until_expiration must be positive.");
    }
    JsonNode claimsNode = body.get("claims");
    Object claims = claimsNode == null || claimsNode.isNull()
        ? null : FakeJson.MAPPER.convertValue(claimsNode, Object.class);
    synchronized (state) {
      Map<String, Object> reuse = reusable(body, machine, claims, ttl, format);
      if (reuse != null) {
        return Reply.json(201, withSecret(reuse));
      }
      Map<String, Object> token = mint(machine, claims, ttl, format);
      return Reply.json(201, withSecret(token));
    }
  }

  private Map<String, Object> reusable(ObjectNode body, FakeMachine machine, Object claims, long ttl,
      String format) {
    JsonNode min = body.get("min_remaining_ttl_seconds");
    if (min == null || min.isNull() || !format.equals("opaque")) {
      return null;
    }
    if (min.asLong() >= ttl) {
      throw FakeError.invalid(BAD_REQUEST, "min_remaining_ttl_seconds",
          "min_remaining_ttl_seconds must be less than the token lifetime.");
    }
    long now = state.nowMillis();
    for (Map<String, Object> t : tokens.values()) {
      Long exp = (Long) t.get("expiration");
      boolean live = !(Boolean) t.get("revoked") && (exp == null || exp - now >= min.asLong() * 1000);
      if (live && machine.id.equals(t.get("subject")) && Objects.equals(claims, t.get("claims"))
          && "opaque".equals(t.get("__format"))) {
        return t;
      }
    }
    return null;
  }

  private Map<String, Object> mint(FakeMachine machine, Object claims, long ttl, String format) {
    long now = state.nowMillis();
    String id = Ids.hex32("mt_");
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("object", "machine_to_machine_token");
    t.put("id", id);
    t.put("subject", machine.id);
    t.put("claims", claims);
    t.put("scopes", new ArrayList<>(machine.scopes));
    t.put("revoked", false);
    t.put("revocation_reason", null);
    t.put("expired", false);
    t.put("expiration", now + ttl * 1000);
    t.put("last_used_at", null);
    t.put("created_at", now);
    t.put("updated_at", now);
    t.put("__format", format);
    String secret = format.equals("jwt") ? signJwt(t, claims, now, ttl) : Ids.hex32("mt_");
    t.put("__secret", secret);
    tokens.put(id, t);
    idBySecret.put(secret, id);
    return t;
  }

  @SuppressWarnings("unchecked")
  private String signJwt(Map<String, Object> t, Object claims, long now, long ttl) {
    return state.tokens().m2mJwt((String) t.get("subject"))
        .tokenId((String) t.get("id"))
        .customClaims(claims instanceof Map ? (Map<String, Object>) claims : null)
        .scopes((List<String>) t.get("scopes"))
        .issuedAt(Instant.ofEpochMilli(now))
        .lifetime(Duration.ofSeconds(ttl))
        .sign();
  }

  private Reply list(FakeRequest request) {
    state.requireSecretOrMachineKey(request);
    String subject = request.query("subject");
    if (subject == null) {
      throw FakeError.missing(BAD_REQUEST, "subject");
    }
    FakeMachine caller = state.machineBySecretKey(request.bearer());
    if (caller != null && !caller.id.equals(subject)) {
      throw new FakeError(Reply.error(403, "authorization_invalid", "Unauthorized request",
          "A machine secret key can only list the tokens of its own machine.", null));
    }
    Boolean revoked = bool(request.query("revoked"));
    Boolean expired = bool(request.query("expired"));
    int limit = Pages.limit(request, MAX_LIMIT, BAD_REQUEST);
    int offset = Pages.offset(request, BAD_REQUEST);
    synchronized (state) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (Map<String, Object> t : tokens.values()) {
        refreshExpired(t);
        if (subject.equals(t.get("subject")) && (revoked == null || revoked.equals(t.get("revoked")))
            && (expired == null || expired.equals(t.get("expired")))) {
          matching.add(publicView(t));
        }
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("m2m_tokens", Pages.slice(matching, offset, limit));
      body.put("total_count", matching.size());
      return Reply.ok(body);
    }
  }

  private Reply revoke(FakeRequest request) {
    state.requireSecretOrMachineKey(request);
    ObjectNode body = request.jsonBody(BAD_REQUEST, "revocation_reason");
    synchronized (state) {
      Map<String, Object> t = tokens.get(request.pathParam("m2m_token_id"));
      if (t == null) {
        throw FakeError.notFound("M2M token");
      }
      t.put("revoked", true);
      t.put("revocation_reason", text(body, "revocation_reason", null));
      t.put("updated_at", state.nowMillis());
      return Reply.ok(publicView(t));
    }
  }

  private Reply verify(FakeRequest request) {
    state.requireSecretOrMachineKey(request);
    ObjectNode body = request.jsonBody(BAD_REQUEST, "token");
    String secret = text(body, "token", null);
    if (secret == null) {
      throw FakeError.missing(BAD_REQUEST, "token");
    }
    synchronized (state) {
      String id = idBySecret.get(secret);
      Map<String, Object> t = id == null ? null : tokens.get(id);
      if (t == null) {
        throw new FakeError(Reply.error(404, "resource_not_found", "not found",
            "Machine token not found", null));
      }
      refreshExpired(t);
      t.put("last_used_at", state.nowMillis());
      return Reply.ok(publicView(t));
    }
  }

  /** Revokes every token of a machine (used when its secret key is rotated or it is deleted). */
  public void revokeAllOf(String machineId) {
    synchronized (state) {
      for (Map<String, Object> t : tokens.values()) {
        if (machineId.equals(t.get("subject"))) {
          t.put("revoked", true);
        }
      }
    }
  }

  private void refreshExpired(Map<String, Object> t) {
    Long exp = (Long) t.get("expiration");
    t.put("expired", exp != null && exp <= state.nowMillis());
  }

  private static Map<String, Object> publicView(Map<String, Object> t) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : t.entrySet()) {
      if (!e.getKey().startsWith("__")) {
        view.put(e.getKey(), e.getValue());
      }
    }
    return view;
  }

  private static Map<String, Object> withSecret(Map<String, Object> t) {
    Map<String, Object> view = publicView(t);
    view.put("token", t.get("__secret"));
    return view;
  }

  private static String text(ObjectNode body, String field, String fallback) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? fallback : node.asText();
  }

  private static Boolean bool(String value) {
    return value == null ? null : Boolean.valueOf(value);
  }
}
