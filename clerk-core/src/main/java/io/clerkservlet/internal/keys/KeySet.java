package io.clerkservlet.internal.keys;

import java.util.Collections;
import java.util.Map;

/** The signing keys of one successful JWKS fetch and when that fetch ended. Immutable. */
final class KeySet {
  static final long NEVER = Long.MIN_VALUE;
  /** Before the first successful fetch. */
  static final KeySet NONE = new KeySet(Collections.<String, ResolvedKey>emptyMap(), NEVER);

  private final Map<String, ResolvedKey> keys;
  private final long fetchedAt;

  KeySet(Map<String, ResolvedKey> keys, long fetchedAt) {
    this.keys = keys;
    this.fetchedAt = fetchedAt;
  }

  /** The key of {@code kid}, or null. */
  ResolvedKey get(String kid) {
    return kid == null ? null : keys.get(kid);
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /**
   * Milliseconds since the fetch ended; {@link Long#MAX_VALUE} before any fetch. A clock that went back
   * past the fetch gives {@link JwksCache#TTL} (due for a refresh, still usable), never a negative age.
   */
  long ageAt(long now) {
    if (fetchedAt == NEVER) {
      return Long.MAX_VALUE;
    }
    return now < fetchedAt ? JwksCache.TTL.toMillis() : now - fetchedAt;
  }
}
