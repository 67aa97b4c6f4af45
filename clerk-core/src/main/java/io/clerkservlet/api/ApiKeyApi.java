package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.ApiErrors;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiRequest.Method;
import io.clerkservlet.model.ApiKey;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.io.IOException;
import java.util.Map;

/**
 * API keys: {@code {apiUrl}/api_keys} and friends (no version segment, as {@code @clerk/backend}
 * calls them), always with the instance secret key. Obtain it from {@code ClerkClient.apiKeys()}.
 *
 * <p>Every method throws {@link IllegalStateException} when the client has no secret key and
 * {@link ClerkApiException} when Clerk refuses (404 for an unknown id) or cannot be reached.
 */
public final class ApiKeyApi {
  private static final String PATH = "api_keys";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.apiKeys()}. */
  ApiKeyApi(BapiContext context) {
    this.context = context;
  }

  /** Lists the keys of one owner; the answer is a page with Clerk's total count. */
  public PaginatedResourceResponse<ApiKey> list(ListApiKeysParams params) {
    BapiRequest request = BapiRequest.unversioned(Method.GET, PATH)
        .query("subject", params.getSubject())
        .query("include_invalid", params.getIncludeInvalid())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, ApiKey.class);
  }

  /** Creates a key; the answer is the only one that carries {@link ApiKey#getSecret()}. */
  public ApiKey create(CreateApiKeyParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("name", params.getName());
    body.put("subject", params.getSubject());
    putIfSet(body, "description", params.getDescription());
    putIfSet(body, "claims", params.getClaims());
    putIfSet(body, "scopes", params.getScopes());
    putIfSet(body, "created_by", params.getCreatedBy());
    putIfSet(body, "seconds_until_expiration", params.getSecondsUntilExpiration());
    return context.call(BapiRequest.unversioned(Method.POST, PATH).body(body), ApiKey.class);
  }

  /** One key by id, {@code ak_…}. */
  public ApiKey get(String apiKeyId) {
    return context.call(BapiRequest.unversioned(Method.GET, PATH).id(apiKeyId), ApiKey.class);
  }

  /** Changes a key; unset fields keep their value. */
  public ApiKey update(UpdateApiKeyParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("subject", params.getSubject());
    putIfSet(body, "description", params.getDescription());
    putIfSet(body, "claims", params.getClaims());
    putIfSet(body, "scopes", params.getScopes());
    putIfSet(body, "seconds_until_expiration", params.getSecondsUntilExpiration());
    BapiRequest request = BapiRequest.unversioned(Method.PATCH, PATH).id(params.getApiKeyId())
        .body(body);
    return context.call(request, ApiKey.class);
  }

  /** Deletes a key for good. */
  public DeletedObject delete(String apiKeyId) {
    return context.call(BapiRequest.unversioned(Method.DELETE, PATH).id(apiKeyId),
        DeletedObject.class);
  }

  /**
   * Revokes a key; the answer is the revoked key. The body always carries {@code
   * revocation_reason}, {@code null} when no reason is given.
   */
  public ApiKey revoke(RevokeApiKeyParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("revocation_reason", params.getRevocationReason());
    BapiRequest request = BapiRequest.unversioned(Method.POST, PATH).id(params.getApiKeyId())
        .path("revoke").body(body);
    return context.call(request, ApiKey.class);
  }

  /** The secret of a key. Treat it like a password: never log it. */
  public String getSecret(String apiKeyId) {
    SecretAnswer answer = context.call(
        BapiRequest.unversioned(Method.GET, PATH).id(apiKeyId).path("secret"), SecretAnswer.class);
    if (answer == null || answer.secret == null) {
      throw ApiErrors.unreadable(200, new IOException("the answer has no secret"));
    }
    return answer.secret;
  }

  /**
   * Asks Clerk whether an API key secret is valid. The answer says whether the key is revoked or
   * expired; a secret Clerk does not know is a {@link ClerkApiException} with status 404.
   */
  public ApiKey verify(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret is required");
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("secret", secret);
    return context.call(BapiRequest.unversioned(Method.POST, PATH).path("verify").body(body),
        ApiKey.class);
  }

  private static void putIfSet(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  /** The answer of {@code GET /api_keys/{id}/secret}. */
  private static final class SecretAnswer {
    private String secret;
  }
}
