package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api_keys} (with and without {@code /v1}): create, list, get, update, delete, revoke,
 * secret and verify, all with the instance secret key. Keys are {@code ak_} + 32 hex; so are
 * their secrets. A revoked or expired key still verifies, with {@code revoked}/{@code expired} set.
 */
public final class ApiKeyRoutes {
  private static final String SUBJECT = "^(user|org|mch|scim)_\\w{27}$";
  private static final String NAME = "^(\\S(.*\\S)?)?$";
  private static final int MAX_LIMIT = 100;

  private final FakeState state;
  private final Map<String, Map<String, Object>> keys = new LinkedHashMap<>();
  private final Map<String, String> idBySecret = new LinkedHashMap<>();

  /** Creates the routes over the shared state. */
  public ApiKeyRoutes(FakeState state) {
    this.state = state;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.addWithAndWithoutVersion("POST", "/api_keys", this::create);
    router.addWithAndWithoutVersion("GET", "/api_keys", this::list);
    router.addWithAndWithoutVersion("POST", "/api_keys/verify", this::verify);
    router.addWithAndWithoutVersion("GET", "/api_keys/{id}", this::get);
    router.addWithAndWithoutVersion("PATCH", "/api_keys/{id}", this::update);
    router.addWithAndWithoutVersion("DELETE", "/api_keys/{id}", this::delete);
    router.addWithAndWithoutVersion("POST", "/api_keys/{id}/revoke", this::revoke);
    router.addWithAndWithoutVersion("GET", "/api_keys/{id}/secret", r -> {
      Map<String, Object> key = find(r);
      return Reply.ok(Collections.singletonMap("secret", key.get("__secret")));
    });
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("type", "name", "description", "subject", "claims", "scopes",
        "created_by", "seconds_until_expiration");
    String name = Bodies.requiredText(body, "name");
    if (name.length() < 3 || !name.matches(NAME)) {
      throw FakeError.invalid("name", "name must be at least 3 characters, without surrounding spaces.");
    }
    if (Bodies.text(body, "subject") == null) {
      throw FakeError.missing("subject");
    }
    String subject = Bodies.matching(body, "subject", SUBJECT);
    String type = Bodies.text(body, "type");
    if (type != null && (type.length() < 3 || type.length() > 25)) {
      throw FakeError.invalid("type", "type must be 3 to 25 characters.");
    }
    String description = description(body);
    String createdBy = Bodies.matching(body, "created_by", "^user_\\w{27}$");
    List<String> scopes = Bodies.strings(body, "scopes");
    Long ttl = Bodies.integer(body, "seconds_until_expiration", 1, Long.MAX_VALUE / 1000);
    synchronized (state) {
      long now = state.nowMillis();
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("object", "api_key");
      k.put("id", Ids.hex32("ak_"));
      k.put("type", type == null ? "api_key" : type);
      k.put("subject", subject);
      k.put("name", name);
      k.put("description", description);
      k.put("claims", Bodies.value(body, "claims"));
      k.put("scopes", scopes == null ? new ArrayList<String>() : scopes);
      k.put("revoked", false);
      k.put("revocation_reason", null);
      k.put("expired", false);
      k.put("expiration", ttl == null ? null : now + ttl * 1000);
      k.put("created_by", createdBy);
      k.put("last_used_at", null);
      k.put("created_at", now);
      k.put("updated_at", now);
      String secret = Ids.hex32("ak_");
      k.put("__secret", secret);
      keys.put((String) k.get("id"), k);
      idBySecret.put(secret, (String) k.get("id"));
      Map<String, Object> answer = view(k);
      answer.put("secret", secret);
      return Reply.ok(answer);
    }
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    String subject = request.query("subject");
    if (subject == null) {
      throw FakeError.missing("subject");
    }
    if (!subject.matches(SUBJECT)) {
      throw FakeError.invalid("subject", "subject is not in the expected format.");
    }
    boolean includeInvalid = Bodies.queryFlag(request, "include_invalid", false);
    int limit = Pages.limit(request);
    if (limit > MAX_LIMIT) {
      throw FakeError.invalid("limit", "limit must be an integer between 1 and " + MAX_LIMIT + ".");
    }
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (Map<String, Object> k : keys.values()) {
        refreshExpired(k);
        boolean valid = !(Boolean) k.get("revoked") && !(Boolean) k.get("expired");
        if (subject.equals(k.get("subject")) && (includeInvalid || valid)) {
          matching.add(view(k));
        }
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("data", Pages.slice(matching, offset, limit));
      body.put("total_count", matching.size());
      return Reply.ok(body);
    }
  }

  private Reply get(FakeRequest request) {
    Map<String, Object> k = find(request);
    synchronized (state) {
      return Reply.ok(view(k));
    }
  }

  private Reply update(FakeRequest request) {
    Map<String, Object> k = find(request);
    ObjectNode body = request.jsonBody("claims", "scopes", "description", "subject",
        "seconds_until_expiration");
    String subject = Bodies.matching(body, "subject", SUBJECT);
    String description = description(body);
    List<String> scopes = Bodies.strings(body, "scopes");
    Long ttl = Bodies.integer(body, "seconds_until_expiration", 1, Long.MAX_VALUE / 1000);
    synchronized (state) {
      long now = state.nowMillis();
      if (subject != null) {
        k.put("subject", subject);
      }
      putIfPresent(body, k, "description", description);
      putIfPresent(body, k, "claims", Bodies.value(body, "claims"));
      putIfPresent(body, k, "scopes", scopes == null ? new ArrayList<String>() : scopes);
      putIfPresent(body, k, "expiration", ttl == null ? null : now + ttl * 1000);
      k.put("updated_at", now);
      return Reply.ok(view(k));
    }
  }

  private Reply delete(FakeRequest request) {
    Map<String, Object> k = find(request);
    synchronized (state) {
      keys.remove(k.get("id"));
      idBySecret.remove(k.get("__secret"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", k.get("id"));
    body.put("object", "api_key");
    body.put("deleted", true);
    return Reply.ok(body);
  }

  private Reply revoke(FakeRequest request) {
    Map<String, Object> k = find(request);
    ObjectNode body = request.jsonBody("revocation_reason");
    String reason = Bodies.text(body, "revocation_reason");
    synchronized (state) {
      k.put("revoked", true);
      k.put("revocation_reason", reason);
      k.put("updated_at", state.nowMillis());
      return Reply.ok(view(k));
    }
  }

  private Reply verify(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("secret");
    String secret = Bodies.requiredText(body, "secret");
    synchronized (state) {
      String id = idBySecret.get(secret);
      Map<String, Object> k = id == null ? null : keys.get(id);
      if (k == null) {
        throw FakeError.notFound("API key");
      }
      k.put("last_used_at", state.nowMillis());
      return Reply.ok(view(k));
    }
  }

  private Map<String, Object> find(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> k = keys.get(request.pathParam("id"));
      if (k == null) {
        throw FakeError.notFound("API key");
      }
      return k;
    }
  }

  private static String description(ObjectNode body) {
    String description = Bodies.text(body, "description");
    if (description != null && description.length() > 255) {
      throw FakeError.invalid("description", "description must be at most 255 characters.");
    }
    return description;
  }

  private static void putIfPresent(ObjectNode body, Map<String, Object> k, String field, Object value) {
    String bodyField = field.equals("expiration") ? "seconds_until_expiration" : field;
    if (body.has(bodyField)) {
      k.put(field, value);
    }
  }

  private void refreshExpired(Map<String, Object> k) {
    Long exp = (Long) k.get("expiration");
    k.put("expired", exp != null && exp <= state.nowMillis());
  }

  private Map<String, Object> view(Map<String, Object> k) {
    refreshExpired(k);
    Map<String, Object> view = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : k.entrySet()) {
      if (!e.getKey().startsWith("__")) {
        view.put(e.getKey(), e.getValue());
      }
    }
    return view;
  }
}
