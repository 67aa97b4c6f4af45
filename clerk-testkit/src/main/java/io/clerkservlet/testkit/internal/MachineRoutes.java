package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /v1/machines}: list, create, get, update, delete, secret key (get and rotate with a grace
 * period for the previous key) and scopes, all with the instance secret key, over the machines in
 * {@link FakeState}.
 */
public final class MachineRoutes {
  private static final String BASE = "/v1/machines";
  private static final long MAX_TOKEN_TTL = 315_360_000L;
  private static final int MAX_SCOPES = 150;

  private final FakeState state;
  private final M2MTokenRoutes m2mTokens;

  /** Creates the routes; deleting a machine revokes its M2M tokens in {@code m2mTokens}. */
  public MachineRoutes(FakeState state, M2MTokenRoutes m2mTokens) {
    this.state = state;
    this.m2mTokens = m2mTokens;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", BASE, this::list);
    router.add("POST", BASE, this::create);
    router.add("GET", BASE + "/{machine_id}", this::get);
    router.add("PATCH", BASE + "/{machine_id}", this::update);
    router.add("DELETE", BASE + "/{machine_id}", this::delete);
    router.add("GET", BASE + "/{machine_id}/secret_key", r -> secretKey(find(r)));
    router.add("POST", BASE + "/{machine_id}/secret_key/rotate", this::rotate);
    router.add("POST", BASE + "/{machine_id}/scopes", this::createScope);
    router.add("DELETE", BASE + "/{machine_id}/scopes/{other_machine_id}", this::deleteScope);
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    String query = request.query("query");
    String orderBy = request.query("order_by") == null ? "-created_at" : request.query("order_by");
    Comparator<FakeMachine> order = order(orderBy);
    synchronized (state) {
      List<FakeMachine> matching = new ArrayList<>();
      for (FakeMachine m : state.machines().values()) {
        if (query == null || query.isEmpty() || m.id.equals(query)
            || m.name.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))) {
          matching.add(m);
        }
      }
      if (orderBy.startsWith("-")) {
        Collections.reverse(matching);
      }
      Collections.sort(matching, order);
      List<Object> data = new ArrayList<>();
      for (FakeMachine m : Pages.slice(matching, offset, limit)) {
        data.add(view(m, true));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("data", data);
      body.put("total_count", matching.size());
      return Reply.ok(body);
    }
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("name", "scoped_machines", "default_token_ttl");
    String name = name(body, true);
    List<String> scoped = Bodies.strings(body, "scoped_machines");
    if (scoped != null && scoped.size() > MAX_SCOPES) {
      throw FakeError.invalid("scoped_machines", "A machine can have at most 150 scopes.");
    }
    Long ttl = Bodies.integer(body, "default_token_ttl", 1, MAX_TOKEN_TTL);
    synchronized (state) {
      for (String id : scoped == null ? Collections.<String>emptyList() : scoped) {
        if (!state.machines().containsKey(id)) {
          throw FakeError.invalid("scoped_machines", "Machine " + id + " does not exist.");
        }
      }
      FakeMachine m = state.createMachine(name, ttl == null ? FakeState.DEFAULT_M2M_TTL_SECONDS : ttl);
      if (scoped != null) {
        m.scopes.addAll(scoped);
      }
      Map<String, Object> answer = view(m, true);
      answer.put("secret_key", m.secretKey);
      return Reply.ok(answer);
    }
  }

  private Reply get(FakeRequest request) {
    FakeMachine m = find(request);
    synchronized (state) {
      return Reply.ok(view(m, true));
    }
  }

  private Reply update(FakeRequest request) {
    FakeMachine m = find(request);
    ObjectNode body = request.jsonBody("name", "default_token_ttl");
    String name = name(body, false);
    Long ttl = Bodies.integer(body, "default_token_ttl", 1, MAX_TOKEN_TTL);
    synchronized (state) {
      if (name != null) {
        m.name = name;
      }
      if (ttl != null) {
        m.defaultTokenTtl = ttl;
      }
      m.updatedAt = state.nowMillis();
      return Reply.ok(view(m, true));
    }
  }

  private Reply delete(FakeRequest request) {
    FakeMachine m = find(request);
    synchronized (state) {
      state.machines().remove(m.id);
      for (FakeMachine other : state.machines().values()) {
        other.scopes.remove(m.id);
      }
      m2mTokens.revokeAllOf(m.id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", "machine");
    body.put("id", m.id);
    body.put("deleted", true);
    return Reply.ok(body);
  }

  private Reply rotate(FakeRequest request) {
    FakeMachine m = find(request);
    ObjectNode body = request.jsonBody("previous_token_ttl");
    Long grace = Bodies.integer(body, "previous_token_ttl", 0, 28_800);
    if (grace == null) {
      throw FakeError.missing("previous_token_ttl");
    }
    synchronized (state) {
      long now = state.nowMillis();
      m.previousSecretKey = m.secretKey;
      m.previousSecretKeyExpiresAt = now + grace * 1000;
      m.secretKey = Ids.hex32("ak_");
      m.updatedAt = now;
      return secretKey(m);
    }
  }

  private Reply createScope(FakeRequest request) {
    FakeMachine m = find(request);
    ObjectNode body = request.jsonBody("to_machine_id");
    String toId = Bodies.requiredText(body, "to_machine_id");
    synchronized (state) {
      FakeMachine to = state.machine(toId);
      if (m.scopes.contains(to.id)) {
        throw new FakeError(Reply.error(409, "duplicate_record", "duplicate record",
            "Machine " + m.id + " already has access to " + to.id + ".", null));
      }
      if (m.scopes.size() >= MAX_SCOPES) {
        throw FakeError.invalid("to_machine_id", "A machine can have at most 150 scopes.");
      }
      m.scopes.add(to.id);
      m.updatedAt = state.nowMillis();
      return Reply.ok(scope(m.id, to.id, "created_at", m.updatedAt));
    }
  }

  private Reply deleteScope(FakeRequest request) {
    FakeMachine m = find(request);
    String otherId = request.pathParam("other_machine_id");
    synchronized (state) {
      if (!m.scopes.remove(otherId)) {
        throw FakeError.notFound("Machine scope");
      }
      m.updatedAt = state.nowMillis();
      return Reply.ok(scope(m.id, otherId, "deleted", true));
    }
  }

  private FakeMachine find(FakeRequest request) {
    state.requireSecretKey(request);
    return state.machine(request.pathParam("machine_id"));
  }

  private static Reply secretKey(FakeMachine m) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", "machine_secret_key");
    body.put("secret", m.secretKey);
    return Reply.ok(body);
  }

  private static Map<String, Object> scope(String from, String to, String lastKey, Object last) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", "machine_scope");
    body.put("from_machine_id", from);
    body.put("to_machine_id", to);
    body.put(lastKey, last);
    return body;
  }

  private Map<String, Object> view(FakeMachine m, boolean withScopes) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("object", "machine");
    v.put("id", m.id);
    v.put("name", m.name);
    v.put("instance_id", state.instanceId());
    v.put("created_at", m.createdAt);
    v.put("updated_at", m.updatedAt);
    v.put("default_token_ttl", m.defaultTokenTtl);
    if (withScopes) {
      List<Object> scoped = new ArrayList<>();
      for (String id : m.scopes) {
        FakeMachine other = state.machines().get(id);
        if (other != null) {
          scoped.add(view(other, false));
        }
      }
      v.put("scoped_machines", scoped);
    }
    return v;
  }

  private static String name(ObjectNode body, boolean required) {
    String name = required ? Bodies.requiredText(body, "name") : Bodies.text(body, "name");
    if (name != null && (name.isEmpty() || name.length() > 255)) {
      throw FakeError.invalid("name", "name must be 1 to 255 characters.");
    }
    return name;
  }

  /** The order; ties keep the list's order, which callers reverse for a descending order. */
  private static Comparator<FakeMachine> order(String value) {
    if (!value.matches("[+-]?(name|created_at)")) {
      throw FakeError.invalid("order_by", "order_by must be name or created_at, with an optional + or -.");
    }
    Comparator<FakeMachine> byField = value.endsWith("name")
        ? Comparator.comparing((FakeMachine m) -> m.name)
        : Comparator.comparingLong((FakeMachine m) -> m.createdAt);
    return value.startsWith("-") ? byField.reversed() : byField;
  }
}
