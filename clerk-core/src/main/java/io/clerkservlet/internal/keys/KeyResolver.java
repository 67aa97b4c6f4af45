package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.PemKeys;
import io.clerkservlet.internal.cache.BoundedCache;
import io.clerkservlet.internal.http.BapiTransport;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * Finds the key for a token: the networkless PEM {@code jwtKey} first, else the JWKS of the secret
 * key's instance. One per {@code ClerkClient}; a JWKS cache per secret key, never shared.
 */
public final class KeyResolver {
  /** JWKS caches kept (one per secret key); the least used one goes first past this. */
  static final int MAX_INSTANCES = 16;
  /** Parsed PEM keys kept (one per {@code jwtKey} value). */
  static final int MAX_PEM_KEYS = 8;

  private final BapiTransport transport;
  private final Clock clock;
  private final Executor background;
  private final BoundedCache<String, JwksCache> caches;
  private final BoundedCache<String, ResolvedKey> pemKeys;

  /** Creates the resolver; JWKS refreshes run on {@code background}. */
  public KeyResolver(BapiTransport transport, Clock clock, Executor background) {
    this.transport = transport;
    this.clock = clock;
    this.background = background;
    this.caches = new BoundedCache<>(MAX_INSTANCES, clock);
    this.pemKeys = new BoundedCache<>(MAX_PEM_KEYS, clock);
  }

  /**
   * Resolves the key.
   *
   * @throws TokenVerificationException {@code jwk-failed-to-resolve} with neither key, or the JWKS
   *     failures of {@link JwksCache#key(String, boolean)}
   */
  public ResolvedKey resolve(String kid, String jwtKey, String secretKey, boolean skipJwksCache) {
    if (jwtKey != null) {
      return pemKey(jwtKey);
    }
    if (secretKey != null) {
      return jwks(secretKey).key(kid, skipJwksCache);
    }
    throw new TokenVerificationException(TokenVerificationErrorReason.JWK_FAILED_TO_RESOLVE,
        "Failed to resolve JWK during verification.", TokenVerificationException.ACTION_SET_JWT_KEY);
  }

  /** The JWKS cache of one secret key. */
  public JwksCache jwks(String secretKey) {
    JwksCache cache = caches.get(secretKey);
    if (cache != null) {
      return cache;
    }
    synchronized (caches) {
      cache = caches.get(secretKey);
      if (cache == null) {
        cache = new JwksCache(transport, secretKey, clock, background, transport.settings().callTimeout());
        caches.put(secretKey, cache, Long.MAX_VALUE);
      }
      return cache;
    }
  }

  private ResolvedKey pemKey(String pem) {
    ResolvedKey cached = pemKeys.get(pem);
    if (cached != null) {
      return cached;
    }
    try {
      ResolvedKey key = new ResolvedKey(PemKeys.parseRsaPublicKey(pem), null, null);
      pemKeys.put(pem, key, Long.MAX_VALUE);
      return key;
    } catch (IllegalArgumentException e) {
      throw new TokenVerificationException(TokenVerificationErrorReason.JWK_LOCAL_MISSING,
          "Missing local JWK.", TokenVerificationException.ACTION_SET_JWT_KEY, e);
    }
  }
}
