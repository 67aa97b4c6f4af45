package io.clerkservlet.internal.keys;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiTransport;
import io.clerkservlet.internal.http.CallKind;
import java.time.Clock;
import java.util.Map;

/**
 * {@code GET /v1/jwks} with one secret key: one attempt on the key-fetch pool, within the call
 * deadline, never retried (the cache refreshes again later instead). Failures carry
 * {@code @clerk/backend}'s reasons: {@code secret-key-invalid} when Clerk rejects the key,
 * {@code jwk-remote-failed-to-load} otherwise.
 */
final class JwksEndpoint implements KeySetFetcher {
  private final BapiTransport transport;
  private final String secretKey;
  private final Clock clock;

  JwksEndpoint(BapiTransport transport, String secretKey, Clock clock) {
    this.transport = transport;
    this.secretKey = secretKey;
    this.clock = clock;
  }

  @Override
  public KeySet fetch(boolean forced) {
    JsonNode document;
    try {
      document = transport.execute(BapiRequest.get("jwks").bearer(secretKey), CallKind.KEY_FETCH);
    } catch (ClerkApiException e) {
      throw loadFailure(e);
    }
    Map<String, ResolvedKey> keys = JwksDocument.rsaKeys(document);
    if (keys.isEmpty()) {
      throw new TokenVerificationException(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD,
          "The JWKS endpoint did not contain any signing keys. Contact support@clerk.com.",
          TokenVerificationException.ACTION_CONTACT_SUPPORT);
    }
    return new KeySet(keys, clock.millis());
  }

  private TokenVerificationException loadFailure(ClerkApiException e) {
    if ("clerk_key_invalid".equals(e.getCode())) {
      return new TokenVerificationException(TokenVerificationErrorReason.SECRET_KEY_INVALID,
          e.getErrors().get(0).getMessage(), TokenVerificationException.ACTION_CONTACT_SUPPORT, e);
    }
    return unavailable(e.getStatus() == null ? "n/a" : String.valueOf(e.getStatus()), e);
  }

  /** {@code jwk-remote-failed-to-load} with {@code @clerk/backend}'s message. */
  TokenVerificationException unavailable(String code, Exception cause) {
    String url = transport.settings().apiUrl() + "/" + transport.settings().apiVersion() + "/jwks";
    return new TokenVerificationException(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD,
        "Error loading Clerk JWKS from " + url + " with code=" + code,
        TokenVerificationException.ACTION_CONTACT_SUPPORT, cause);
  }
}
