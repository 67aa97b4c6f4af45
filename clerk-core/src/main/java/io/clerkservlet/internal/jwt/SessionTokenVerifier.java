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
 * fetch, resolve the key, then {@link JwtVerifier}. Every key is bound to RS256 (RFC 8725 §3.1).
 */
public final class SessionTokenVerifier {
  /** The JOSE {@code cat} of M2M tokens. */
  public static final String CATEGORY_M2M = "cl_B7d4PD333AAA";

  private final KeyResolver keys;
  private final Clock clock;
  private final String defaultSecretKey;
  private final String defaultJwtKey;
  private final RepeatTokenCache repeats;

  /**
   * Creates the verifier with the client's keys (either may be null); {@code rememberTokens}
   * turns on the cache of verified tokens.
   */
  public SessionTokenVerifier(KeyResolver keys, Clock clock, String secretKey, String jwtKey,
      boolean rememberTokens) {
    this.keys = keys;
    this.clock = clock;
    this.defaultSecretKey = secretKey;
    this.defaultJwtKey = jwtKey;
    this.repeats = rememberTokens ? new RepeatTokenCache(clock) : null;
  }

  /**
   * Verifies a session token and returns its claims.
   *
   * @throws TokenVerificationException on any failure
   */
  public Map<String, Object> verify(String token, VerifyTokenOptions options) {
    return verify(token, null, options);
  }

  /**
   * The token decoded for classification: the remembered decoding of a repeated token, else a
   * fresh one; null when it is not a well-formed JWS (verification then says why).
   */
  public DecodedJwt decodeOrNull(String token) {
    RepeatTokenCache.Entry seen = repeats == null || token == null ? null : repeats.get(token);
    if (seen != null) {
      return seen.jwt;
    }
    try {
      return JwtDecoder.decode(token);
    } catch (TokenVerificationException e) {
      return null;
    }
  }

  /**
   * {@link #verify(String, VerifyTokenOptions)} of a token already decoded by
   * {@link #decodeOrNull(String)} (null to decode here).
   */
  public Map<String, Object> verify(String token, DecodedJwt decoded, VerifyTokenOptions options) {
    RepeatTokenCache.Entry seen = repeats == null || token == null ? null : repeats.get(token);
    if (seen != null) {
      ResolvedKey key = resolve(seen.jwt, options);
      if (key.publicKey().equals(seen.key)) {
        checkKeyBinding(JwtVerifier.checkHeader(seen.jwt, options.getHeaderType()), key);
        JwtVerifier.checkClaims(seen.jwt.payload(), options, clock.millis());
        return seen.jwt.payload();
      }
      repeats.remove(token, seen);
    }
    DecodedJwt jwt = decoded != null ? decoded : JwtDecoder.decode(token);
    if (CATEGORY_M2M.equals(jwt.header().get("cat"))) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID,
          "Invalid session token category.", null);
    }
    ResolvedKey key = resolve(jwt, options);
    Map<String, Object> claims = verifyWithKey(jwt, key, options);
    if (repeats != null) {
      repeats.put(token, jwt, key.publicKey());
    }
    return claims;
  }

  /** Resolves the key of a decoded token with the options' keys, else the client's. */
  public ResolvedKey resolve(DecodedJwt jwt, VerifyTokenOptions options) {
    String jwtKey = options.getJwtKey() != null ? options.getJwtKey() : defaultJwtKey;
    String secretKey = options.getSecretKey() != null ? options.getSecretKey() : defaultSecretKey;
    return keys.resolve(jwt.headerString("kid"), jwtKey, secretKey, options.isSkipJwksCache());
  }

  /** Header, key binding, signature and claims of a decoded token. */
  public Map<String, Object> verifyWithKey(DecodedJwt jwt, ResolvedKey key, VerifyTokenOptions options) {
    checkKeyBinding(JwtVerifier.checkHeader(jwt, options.getHeaderType()), key);
    return JwtVerifier.verify(jwt, key.publicKey(), options, clock.millis());
  }

  /**
   * Every key verifies RS256 only, whatever a JWK's {@code alg} says and for a PEM key too: as
   * {@code @clerk/backend} imports each key for RS256, an RS384 or RS512 token fails here with its
   * reason and message.
   */
  private static void checkKeyBinding(String alg, ResolvedKey key) {
    if (!JwtAlgorithms.keyVerifies(key.algorithm(), alg)) {
      throw JwtAlgorithms.failed(JwtAlgorithms.KEY_ALGORITHM_MISMATCH);
    }
  }
}
