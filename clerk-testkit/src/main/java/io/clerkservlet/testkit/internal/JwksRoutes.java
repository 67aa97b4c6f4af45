package io.clerkservlet.testkit.internal;

import java.util.Collections;

/** {@code GET /v1/jwks}: the instance's public signing keys (secret key required). */
public final class JwksRoutes {
  private final FakeState state;

  /** Creates the route. */
  public JwksRoutes(FakeState state) {
    this.state = state;
  }

  /** Registers the route. */
  public void register(Router router) {
    router.add("GET", "/v1/jwks", request -> {
      state.requireSecretKey(request);
      return Reply.ok(Collections.singletonMap("keys", state.keys().jwks()));
    });
  }
}
