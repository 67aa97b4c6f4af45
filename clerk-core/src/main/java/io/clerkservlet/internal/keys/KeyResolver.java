package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.PemKeys;
import io.clerkservlet.internal.http.BapiTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the key for a token: the networkless PEM {@code jwtKey} first, else the JWKS of the secret
 * key's instance. One per {@code ClerkClient}; a JWKS cache per secret key, never shared.
 */
public final class KeyResolver {
  /** At most this many secret keys get a JWKS cache; past that the caches start over. */
  static final int MAX_INSTANCES = 16;

  private final BapiTransport transport;
  private final Clock clock;
  private final Executor background;
  private final ConcurrentMap<String, JwksCache> caches = new ConcurrentHashMap<>();
  private volatile PemEntry lastPem;

  private static final class PemEntry {
    final String pem;
    final ResolvedKey key;

    PemEntry(String pem, ResolvedKey key) {
      this.pem = pem;
      this.key = key;
    }
  }

  /** Creates the resolver; JWKS refreshes run on {@code background}. */
  public KeyResolver(BapiTransport transport, Clock clock, Executor background) {
    this.transport = transport;
    this.clock = clock;
    this.background = background;
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
    if (caches.size() >= MAX_INSTANCES) {
      caches.clear();
    }
    Duration waitBound = transport.settings().callTimeout();
    return caches.computeIfAbsent(secretKey, k -> new JwksCache(transport, k, clock, background, waitBound));
  }

  private ResolvedKey pemKey(String pem) {
    PemEntry entry = lastPem;
    if (entry != null && entry.pem.equals(pem)) {
      return entry.key;
    }
    try {
      ResolvedKey key = new ResolvedKey(PemKeys.parseRsaPublicKey(pem), null, null);
      lastPem = new PemEntry(pem, key);
      return key;
    } catch (IllegalArgumentException e) {
      throw new TokenVerificationException(TokenVerificationErrorReason.JWK_LOCAL_MISSING,
          "Missing local JWK.", TokenVerificationException.ACTION_SET_JWT_KEY, e);
    }
  }
}
