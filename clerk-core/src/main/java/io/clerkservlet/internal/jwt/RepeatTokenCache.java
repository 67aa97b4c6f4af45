package io.clerkservlet.internal.jwt;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers session tokens whose signature was verified, so a browser or service re-sending the
 * same token skips decoding and the RSA check. Keyed by the whole token string, so a different
 * token can never hit another's entry. A hit is only used when the key that verified it is still
 * the key the token's {@code kid} resolves to now; every claim is re-checked on every hit. Bounded
 * in entries and in age.
 */
final class RepeatTokenCache {
  /** Entries kept before the cache starts over. */
  static final int MAX_ENTRIES = 4096;
  /** How long an entry is used (Clerk session tokens live about a minute). */
  static final Duration MAX_AGE = Duration.ofMinutes(2);

  static final class Entry {
    final DecodedJwt jwt;
    final RSAPublicKey key;
    final long storedAt;

    Entry(DecodedJwt jwt, RSAPublicKey key, long storedAt) {
      this.jwt = jwt;
      this.key = key;
      this.storedAt = storedAt;
    }
  }

  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  RepeatTokenCache(Clock clock) {
    this.clock = clock;
  }

  /** The entry of this exact token, or null. */
  Entry get(String token) {
    Entry e = entries.get(token);
    if (e != null && clock.millis() - e.storedAt > MAX_AGE.toMillis()) {
      entries.remove(token, e);
      return null;
    }
    return e;
  }

  void put(String token, DecodedJwt jwt, RSAPublicKey key) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(token, new Entry(jwt, key, clock.millis()));
  }

  void remove(String token, Entry entry) {
    entries.remove(token, entry);
  }
}
