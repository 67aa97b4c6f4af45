package io.clerkservlet.internal.machine;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiRequest.Method;
import io.clerkservlet.internal.http.BapiTransport;
import io.clerkservlet.internal.http.CallKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Verifies opaque machine tokens ({@code mt_}, {@code ak_}, {@code oat_}) through Clerk's verify
 * endpoints, mapping failures as {@code @clerk/backend} does (401 {@code secret-key-invalid}, 404
 * {@code token-invalid}, anything else {@code unexpected-error}). Concurrent checks of one token
 * share one call; "not found" answers are remembered briefly; valid answers only when configured.
 * Each call's own policy (the OAuth audience) is applied after the cache, to fresh, coalesced and
 * cached answers alike.
 */
public final class OpaqueTokenVerifier {
  /** How long a token Clerk answered 404 for is answered locally. */
  public static final Duration NOT_FOUND_TTL = Duration.ofSeconds(10);

  private final BapiTransport transport;
  private final MachineTokenCache cache;

  /** Creates the verifier; {@code positiveTtl} zero turns the valid-token cache off. */
  public OpaqueTokenVerifier(BapiTransport transport, Clock clock, Duration positiveTtl) {
    this.transport = transport;
    this.cache = new MachineTokenCache(clock, NOT_FOUND_TTL, positiveTtl);
  }

  /**
   * Verifies the token with the given bearer key.
   *
   * @throws MachineTokenVerificationException on any failure
   */
  public MachineVerification verify(TokenType type, String token, String bearer, List<String> audience) {
    String key = type.getValue() + '\n' + (bearer == null ? "" : bearer) + '\n' + token;
    MachineVerification answer = cache.get(key, type, () -> call(type, token, bearer));
    if (type == TokenType.OAUTH_TOKEN) {
      OAuthAudience.check(answer.audience, audience);
    }
    return answer;
  }

  private MachineVerification call(TokenType type, String token, String bearer) {
    if (type != TokenType.M2M_TOKEN && bearer == null) {
      throw unexpected(type, null);
    }
    JsonNode answer;
    try {
      answer = transport.execute(request(type, token).bearer(bearer), CallKind.REQUEST_DRIVEN);
    } catch (ClerkApiException e) {
      throw fromApiError(type, e);
    }
    if (answer == null || !answer.isObject()) {
      throw unexpected(type, 200);
    }
    String unusable = MachineJson.unusable(type, answer);
    if (unusable != null) {
      throw new MachineTokenVerificationException(type, MachineTokenVerificationException.TOKEN_INVALID,
          unusable, 200, FailureCategory.INVALID_TOKEN);
    }
    try {
      return MachineJson.read(type, answer);
    } catch (IllegalArgumentException e) {
      throw unexpected(type, 200);
    }
  }

  private static BapiRequest request(TokenType type, String token) {
    Map<String, Object> body = BapiRequest.newBody();
    switch (type) {
      case M2M_TOKEN:
        body.put("token", token);
        return BapiRequest.unversioned(Method.POST, "m2m_tokens").path("verify").body(body);
      case API_KEY:
        body.put("secret", token);
        return BapiRequest.unversioned(Method.POST, "api_keys").path("verify").body(body);
      default:
        body.put("access_token", token);
        return BapiRequest.unversioned(Method.POST, "oauth_applications").path("access_tokens")
            .path("verify").body(body);
    }
  }

  private static MachineTokenVerificationException fromApiError(TokenType type, ClerkApiException e) {
    Integer status = e.getStatus();
    if (status != null && status == 401) {
      String message = e.getErrors().isEmpty() || e.getErrors().get(0).getMessage() == null
          ? "Invalid secret key" : e.getErrors().get(0).getMessage();
      return new MachineTokenVerificationException(type, MachineTokenVerificationException.SECRET_KEY_INVALID,
          message, status, FailureCategory.MISCONFIGURED);
    }
    if (status != null && status == 404) {
      return notFound(type);
    }
    if (status != null && status >= 400 && status < 500 && status != 408 && status != 429) {
      return new MachineTokenVerificationException(type, MachineTokenVerificationException.UNEXPECTED_ERROR,
          "Unexpected error", status, FailureCategory.INVALID_TOKEN);
    }
    return unexpected(type, status);
  }

  static MachineTokenVerificationException notFound(TokenType type) {
    String message = type == TokenType.API_KEY ? "API key not found"
        : type == TokenType.M2M_TOKEN ? "Machine token not found" : "OAuth token not found";
    return new MachineTokenVerificationException(type, MachineTokenVerificationException.TOKEN_INVALID,
        message, 404, FailureCategory.INVALID_TOKEN);
  }

  private static MachineTokenVerificationException unexpected(TokenType type, Integer status) {
    return new MachineTokenVerificationException(type, MachineTokenVerificationException.UNEXPECTED_ERROR,
        "Unexpected error", status, FailureCategory.SERVICE_UNAVAILABLE);
  }
}
