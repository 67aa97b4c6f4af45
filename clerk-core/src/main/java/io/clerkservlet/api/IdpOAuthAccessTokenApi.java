package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiRequest.Method;
import io.clerkservlet.model.IdpOAuthAccessToken;
import java.util.Map;

/**
 * OAuth access tokens issued by Clerk as identity provider: {@code POST
 * {apiUrl}/oauth_applications/access_tokens/verify} (no version segment, as {@code @clerk/backend}
 * calls it), with the instance secret key. Obtain it from {@code ClerkClient.idpOAuthAccessTokens()}.
 */
public final class IdpOAuthAccessTokenApi {
  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.idpOAuthAccessTokens()}. */
  IdpOAuthAccessTokenApi(BapiContext context) {
    this.context = context;
  }

  /**
   * Asks Clerk whether an access token ({@code oat_…}) is valid. The answer says whether it is
   * revoked or expired; a token Clerk does not know is a {@link ClerkApiException} with status 404.
   *
   * @throws IllegalArgumentException when the token is empty
   * @throws IllegalStateException when the client has no secret key
   */
  public IdpOAuthAccessToken verify(String accessToken) {
    if (accessToken == null || accessToken.isEmpty()) {
      throw new IllegalArgumentException("accessToken is required");
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("access_token", accessToken);
    BapiRequest request = BapiRequest.unversioned(Method.POST, "oauth_applications")
        .path("access_tokens").path("verify").body(body);
    return context.call(request, IdpOAuthAccessToken.class);
  }
}
