package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's sessions and clients, as Clerk's {@code Session} and {@code Client} schemas. Each
 * seeded session gets its own client. Hidden state ({@code __refresh_token}, {@code __client_token})
 * is kept in keys starting with {@code __}. Callers lock the shared {@link FakeState}.
 */
public final class SessionStore {
  /** How long a session lives before it expires (Clerk's default: 7 days). */
  public static final long SESSION_LIFETIME_MILLIS = 7L * 24 * 3600 * 1000;
  /** How long an idle session lives before it is abandoned (Clerk's default: 30 days). */
  public static final long ABANDON_MILLIS = 30L * 24 * 3600 * 1000;

  private final FakeState state;
  private final Map<String, Map<String, Object>> sessions = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> clients = new LinkedHashMap<>();

  /** Creates an empty store. */
  public SessionStore(FakeState state) {
    this.state = state;
  }

  /** Creates an active session for a user on a new client; returns the session record. */
  public Map<String, Object> create(String userId) {
    return create(userId, createClient());
  }

  /** Creates a client with no session (a browser that is signed out); returns its id. */
  public String createClient() {
    long now = state.nowMillis();
    String clientId = Ids.word27("client_");
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", clientId);
    c.put("__token", clientToken(clientId));
    c.put("created_at", now);
    c.put("updated_at", now);
    clients.put(clientId, c);
    return clientId;
  }

  /** Creates an active session for a user on an existing client; returns the session record. */
  public Map<String, Object> create(String userId, String clientId) {
    long now = state.nowMillis();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("object", "session");
    s.put("id", Ids.word27("sess_"));
    s.put("user_id", userId);
    s.put("client_id", clientId);
    s.put("actor", null);
    s.put("status", "active");
    s.put("last_active_organization_id", null);
    s.put("last_active_at", now);
    s.put("expire_at", now + SESSION_LIFETIME_MILLIS);
    s.put("abandon_at", now + ABANDON_MILLIS);
    s.put("updated_at", now);
    s.put("created_at", now);
    s.put("__refresh_token", Ids.random("", 40));
    sessions.put((String) s.get("id"), s);
    clients.get(clientId).put("updated_at", now);
    return s;
  }

  /** The newest active session of a client, or null. */
  public Map<String, Object> activeSession(String clientId) {
    Map<String, Object> newest = null;
    for (Map<String, Object> s : all()) {
      if (clientId.equals(s.get("client_id")) && "active".equals(s.get("status"))) {
        newest = s;
      }
    }
    return newest;
  }

  /** The id of the client whose token this is, or null. */
  public String clientIdByToken(String token) {
    for (Map<String, Object> c : clients.values()) {
      if (c.get("__token").equals(token)) {
        return (String) c.get("id");
      }
    }
    return null;
  }

  /** True when the client exists. */
  public boolean hasClient(String clientId) {
    return clients.containsKey(clientId);
  }

  /** Every session, oldest first, with expiry applied. */
  public Collection<Map<String, Object>> all() {
    for (Map<String, Object> s : sessions.values()) {
      expireIfDue(s);
    }
    return sessions.values();
  }

  /** A session record by id (with expiry applied), or a 404. */
  public Map<String, Object> get(String id) {
    Map<String, Object> s = sessions.get(id);
    if (s == null) {
      throw FakeError.notFound("Session");
    }
    expireIfDue(s);
    return s;
  }

  /** Marks a session with a final status (revoked, ended, ...). */
  public void end(Map<String, Object> session, String status) {
    session.put("status", status);
    session.put("updated_at", state.nowMillis());
  }

  /** Revokes every active session of a user (ban, delete). */
  public void revokeAllOf(String userId) {
    for (Map<String, Object> s : all()) {
      if (userId.equals(s.get("user_id")) && "active".equals(s.get("status"))) {
        end(s, "revoked");
      }
    }
  }

  /** The client's token, as FAPI keeps it in the {@code __client} cookie. */
  public String clientToken(Map<String, Object> session) {
    return (String) clients.get(session.get("client_id")).get("__token");
  }

  /** The {@code Client} view of a client id, or a 404. */
  public Map<String, Object> client(String clientId) {
    Map<String, Object> c = clients.get(clientId);
    if (c == null) {
      throw FakeError.notFound("Client");
    }
    List<Object> ids = new ArrayList<>();
    List<Object> views = new ArrayList<>();
    String lastActive = null;
    for (Map<String, Object> s : all()) {
      if (clientId.equals(s.get("client_id"))) {
        ids.add(s.get("id"));
        views.add(FakeBodies.publicView(s));
        lastActive = "active".equals(s.get("status")) ? (String) s.get("id") : lastActive;
      }
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("object", "client");
    view.put("id", clientId);
    view.put("session_ids", ids);
    view.put("sessions", views);
    view.put("sign_in_id", null);
    view.put("sign_up_id", null);
    view.put("last_active_session_id", lastActive);
    view.put("last_authentication_strategy", null);
    view.put("updated_at", c.get("updated_at"));
    view.put("created_at", c.get("created_at"));
    return view;
  }

  /** The client whose token this is, or a 404. */
  public Map<String, Object> clientByToken(String token) {
    for (Map<String, Object> c : clients.values()) {
      if (c.get("__token").equals(token)) {
        return client((String) c.get("id"));
      }
    }
    throw FakeError.notFound("Client");
  }

  private String clientToken(String clientId) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("kid", state.keys().current().kid());
    header.put("typ", "JWT");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("id", clientId);
    payload.put("rotating_token", Ids.random("", 40));
    payload.put("iat", state.nowMillis() / 1000);
    return JwtSigner.sign(header, payload, state.keys().current().privateKey());
  }

  private void expireIfDue(Map<String, Object> s) {
    long now = state.nowMillis();
    if ("active".equals(s.get("status")) && now >= (Long) s.get("expire_at")) {
      end(s, "expired");
    }
  }
}
