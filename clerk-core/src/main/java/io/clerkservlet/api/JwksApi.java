package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.Jwks;

/**
 * The instance's public signing keys: {@code GET {apiUrl}/v1/jwks} with the instance secret key.
 * Obtain it from {@code ClerkClient.jwks()}.
 */
public final class JwksApi {
  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.jwks()}. */
  JwksApi(BapiContext context) {
    this.context = context;
  }

  /**
   * Fetches the key set (no caching here).
   *
   * @throws IllegalStateException when the client has no secret key
   * @throws ClerkApiException when Clerk refuses or cannot be reached
   */
  public Jwks get() {
    return context.call(BapiRequest.get("jwks"), Jwks.class);
  }
}
