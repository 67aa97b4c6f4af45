package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.Client;
import io.clerkservlet.model.HandshakePayload;
import java.util.Map;

/**
 * Clients (browsers and devices): {@code /v1/clients}, with the instance secret key. Obtain it from
 * {@code ClerkClient.clients()}. Every call throws {@link ClerkApiException} when Clerk refuses or
 * cannot be reached.
 */
public final class ClientApi {
  private static final String PATH = "clients";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.clients()}. */
  ClientApi(BapiContext context) {
    this.context = context;
  }

  /** One client by id, with its sessions. */
  public Client getClient(String clientId) {
    return context.call(BapiRequest.get(PATH).id(clientId), Client.class);
  }

  /**
   * The client a client token (the {@code __client} cookie's JWT) belongs to.
   *
   * @throws IllegalArgumentException "token is required" when the token is empty
   */
  public Client verifyClient(String token) {
    Params.require("token", token);
    Map<String, Object> body = BapiRequest.newBody();
    body.put("token", token);
    return context.call(BapiRequest.post(PATH).path("verify").body(body), Client.class);
  }

  /**
   * The {@code Set-Cookie} directives of a handshake nonce ({@code __clerk_handshake_nonce}).
   *
   * @throws IllegalArgumentException "nonce is required" when the nonce is empty
   */
  public HandshakePayload getHandshakePayload(String nonce) {
    Params.require("nonce", nonce);
    return context.call(BapiRequest.get(PATH).path("handshake_payload").query("nonce", nonce),
        HandshakePayload.class);
  }
}
