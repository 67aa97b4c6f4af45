package io.clerkservlet.internal.jwt;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.internal.keys.KeyResolver;
import io.clerkservlet.internal.keys.ResolvedKey;
import java.time.Clock;
import java.util.Map;

/**
 * {@code @clerk/backend}'s {@code verifyToken}: decode, reject the M2M category before any key
 * fetch, resolve the key, then {@link JwtVerifier}. A key bound to one algorithm (a JWK with
 * {@code alg}) only verifies tokens of that algorithm (RFC 8725 §3.1).
 */
public final class SessionTokenVerifier {
  /** The JOSE {@code cat} of M2M tokens. */
  public static final String CATEGORY_M2M = "cl_B7d4PD333AAA";

  private final KeyResolver keys;
  private final Clock clock;
  private final String defaultSecretKey;
  private final String defaultJwtKey;

  /** Creates the verifier with the client's keys (either may be null). */
  public SessionTokenVerifier(KeyResolver keys, Clock clock, String secretKey, String jwtKey) {
    this.keys = keys;
    this.clock = clock;
    this.defaultSecretKey = secretKey;
    this.defaultJwtKey = jwtKey;
  }

  /**
   * Verifies a session token and returns its claims.
   *
   * @throws TokenVerificationException on any failure
   */
  public Map<String, Object> verify(String token, VerifyTokenOptions options) {
    DecodedJwt jwt = JwtDecoder.decode(token);
    if (CATEGORY_M2M.equals(jwt.header().get("cat"))) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID,
          "Invalid session token category.", null);
    }
    ResolvedKey key = resolve(jwt, options);
    return verifyWithKey(jwt, key, options);
  }

  /** Resolves the key of a decoded token with the options' keys, else the client's. */
  public ResolvedKey resolve(DecodedJwt jwt, VerifyTokenOptions options) {
    String jwtKey = options.getJwtKey() != null ? options.getJwtKey() : defaultJwtKey;
    String secretKey = options.getSecretKey() != null ? options.getSecretKey() : defaultSecretKey;
    return keys.resolve(jwt.headerString("kid"), jwtKey, secretKey, options.isSkipJwksCache());
  }

  /** Header, key binding, signature and claims of a decoded token. */
  public Map<String, Object> verifyWithKey(DecodedJwt jwt, ResolvedKey key, VerifyTokenOptions options) {
    String alg = JwtVerifier.checkHeader(jwt, options.getHeaderType());
    if (key.algorithm() != null && !key.algorithm().equals(alg)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_ALGORITHM,
          "Invalid JWT algorithm \"" + alg + "\". The signing key is for " + key.algorithm() + ".",
          TokenVerificationException.ACTION_ENSURE_CLERK_JWT);
    }
    return JwtVerifier.verify(jwt, key.publicKey(), options, clock.millis());
  }
}
