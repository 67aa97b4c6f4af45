package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/clients}: get, verify (by the client token FAPI keeps in the {@code __client} cookie)
 * and the handshake payload for a nonce ({@code {directives: [Set-Cookie, ...]}}).
 */
public final class ClientRoutes {
  private final FakeState state;
  private final SessionStore sessions;
  private final Map<String, List<String>> handshakePayloads = new HashMap<>();

  /** Creates the routes. */
  public ClientRoutes(FakeState state, SessionStore sessions) {
    this.state = state;
    this.sessions = sessions;
  }

  /** Registers the routes (fixed paths before {@code /{client_id}}). */
  public void register(Router router) {
    router.add("GET", "/v1/clients/handshake_payload", this::handshakePayload);
    router.add("POST", "/v1/clients/verify", this::verify);
    router.add("GET", "/v1/clients/{client_id}", this::get);
  }

  /** Stores the directives the handshake payload of {@code nonce} answers with. */
  public void putHandshakePayload(String nonce, List<String> directives) {
    synchronized (state) {
      handshakePayloads.put(nonce, new ArrayList<>(directives));
    }
  }

  private Reply get(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      return Reply.ok(sessions.client(request.pathParam("client_id")));
    }
  }

  private Reply verify(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("token");
    String token = FakeBodies.text(body, "token");
    if (token == null || token.isEmpty()) {
      throw new FakeError(Reply.paramError(400, "form_param_missing", "token", "is missing",
          "token must be included."));
    }
    synchronized (state) {
      return Reply.ok(sessions.clientByToken(token));
    }
  }

  private Reply handshakePayload(FakeRequest request) {
    state.requireSecretKey(request);
    String nonce = request.query("nonce");
    if (nonce == null || nonce.isEmpty()) {
      throw FakeError.missing("nonce");
    }
    synchronized (state) {
      List<String> directives = handshakePayloads.get(nonce);
      if (directives == null) {
        throw FakeError.notFound("Handshake payload");
      }
      return Reply.ok(Collections.singletonMap("directives", new ArrayList<>(directives)));
    }
  }
}
