package io.clerkservlet.internal.jwt;

import io.clerkservlet.internal.cache.BoundedCache;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers session tokens whose signature was verified, so a browser or service re-sending the
 * same token skips decoding and the RSA check. Keyed by the whole token string, so a different
 * token can never hit another's entry. A hit is only used when the key that verified it is still
 * the key the token's {@code kid} resolves to now; every claim is re-checked on every hit. Bounded
 * in entries (a {@link BoundedCache}: tokens in use survive a flood of new ones) and in age.
 */
final class RepeatTokenCache {
  /** Entries kept at most. */
  static final int MAX_ENTRIES = 4096;
  /** How long an entry is used (Clerk session tokens live about a minute). */
  static final Duration MAX_AGE = Duration.ofMinutes(2);

  /** A verified token: its decoding (deep-immutable) and the key that verified its signature. */
  static final class Entry {
    final DecodedJwt jwt;
    final RSAPublicKey key;

    Entry(DecodedJwt jwt, RSAPublicKey key) {
      this.jwt = jwt;
      this.key = key;
    }
  }

  private final BoundedCache<String, Entry> entries;
  private final Clock clock;

  RepeatTokenCache(Clock clock) {
    this.clock = clock;
    this.entries = new BoundedCache<>(MAX_ENTRIES, clock);
  }

  /** The entry of this exact token, or null. */
  Entry get(String token) {
    return entries.get(token);
  }

  void put(String token, DecodedJwt jwt, RSAPublicKey key) {
    entries.put(token, new Entry(jwt, key), clock.millis() + MAX_AGE.toMillis());
  }

  void remove(String token, Entry entry) {
    entries.remove(token, entry);
  }
}
