package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenType;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Coalesces concurrent verifications of one opaque token into one call, remembers "not found"
 * answers for a short time, and (only when a positive TTL is set) remembers valid answers, never
 * past the token's expiry. Timeouts, 5xx and other failures are never remembered. Bounded.
 */
final class MachineTokenCache {
  /** Entries kept per map before it starts over. */
  static final int MAX_ENTRIES = 10_000;

  /** Produces the answer for a miss. */
  interface Loader {
    MachineVerification load();
  }

  private static final class Valid {
    final MachineVerification value;
    final long until;

    Valid(MachineVerification value, long until) {
      this.value = value;
      this.until = until;
    }
  }

  private final Clock clock;
  private final long notFoundTtl;
  private final long positiveTtl;
  private final ConcurrentMap<String, CompletableFuture<MachineVerification>> inFlight = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Long> notFound = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Valid> valid = new ConcurrentHashMap<>();

  MachineTokenCache(Clock clock, Duration notFoundTtl, Duration positiveTtl) {
    this.clock = clock;
    this.notFoundTtl = notFoundTtl.toMillis();
    this.positiveTtl = positiveTtl == null ? 0 : positiveTtl.toMillis();
  }

  MachineVerification get(String key, TokenType type, Loader loader) {
    long now = clock.millis();
    Long notFoundUntil = notFound.get(key);
    if (notFoundUntil != null) {
      if (notFoundUntil > now) {
        throw OpaqueTokenVerifier.notFound(type);
      }
      notFound.remove(key, notFoundUntil);
    }
    Valid hit = positiveTtl > 0 ? valid.get(key) : null;
    if (hit != null && hit.until > now) {
      return hit.value;
    }
    CompletableFuture<MachineVerification> mine = new CompletableFuture<>();
    CompletableFuture<MachineVerification> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    MachineVerification result;
    try {
      result = loader.load();
    } catch (RuntimeException e) {
      rememberNotFound(key, e, now);
      inFlight.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    } catch (Error e) {
      inFlight.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
    rememberValid(key, result, now);
    inFlight.remove(key, mine);
    mine.complete(result);
    return result;
  }

  private void rememberValid(String key, MachineVerification result, long now) {
    if (positiveTtl <= 0) {
      return;
    }
    long until = now + positiveTtl;
    if (result.expiresAtMillis != null) {
      until = Math.min(until, result.expiresAtMillis);
    }
    if (until > now) {
      boundedPut(valid, key, new Valid(result, until));
    }
  }

  private void rememberNotFound(String key, RuntimeException e, long now) {
    if (e instanceof MachineTokenVerificationException
        && ((MachineTokenVerificationException) e).fullMessage().endsWith("status=404)")) {
      boundedPut(notFound, key, now + notFoundTtl);
    }
  }

  private static <V> void boundedPut(ConcurrentMap<String, V> map, String key, V value) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    map.put(key, value);
  }

  private static MachineVerification await(CompletableFuture<MachineVerification> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
