package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** {@code /v1/sessions}: list (bare array, newest first), get and revoke. Instance secret key only. */
public final class SessionRoutes {
  private static final List<String> STATUSES = Arrays.asList(
      "abandoned", "active", "ended", "expired", "removed", "replaced", "revoked");

  private final FakeState state;
  private final SessionStore sessions;

  /** Creates the routes. */
  public SessionRoutes(FakeState state, SessionStore sessions) {
    this.state = state;
    this.sessions = sessions;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/v1/sessions", this::list);
    router.add("GET", "/v1/sessions/{session_id}", this::get);
    router.add("POST", "/v1/sessions/{session_id}/revoke", this::revoke);
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    String clientId = request.query("client_id");
    String userId = request.query("user_id");
    String status = request.query("status");
    if (status != null && !STATUSES.contains(status)) {
      throw FakeError.invalid("status", "status must be one of " + STATUSES + ".");
    }
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Object> matching = new ArrayList<>();
      for (Map<String, Object> s : sessions.all()) {
        if ((clientId == null || clientId.equals(s.get("client_id")))
            && (userId == null || userId.equals(s.get("user_id")))
            && (status == null || status.equals(s.get("status")))) {
          matching.add(FakeBodies.publicView(s));
        }
      }
      Collections.reverse(matching);
      return Reply.ok(new ArrayList<>(Pages.slice(matching, offset, limit)));
    }
  }

  private Reply get(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      return Reply.ok(FakeBodies.publicView(sessions.get(request.pathParam("session_id"))));
    }
  }

  private Reply revoke(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> s = sessions.get(request.pathParam("session_id"));
      sessions.end(s, "revoked");
      return Reply.ok(FakeBodies.publicView(s));
    }
  }
}
