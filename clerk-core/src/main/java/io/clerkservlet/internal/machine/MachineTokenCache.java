package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.cache.BoundedCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Coalesces concurrent verifications of one opaque token into one call, remembers "not found"
 * answers for a short time, and (only when a positive TTL is set) remembers valid answers, never
 * past the token's expiry (checked against the clock on every hit). Timeouts, 5xx and other
 * failures are never remembered. It remembers Clerk's answer, not a decision: callers apply their
 * own policy to whatever it returns, cached, coalesced or fresh. Both caches are
 * {@link BoundedCache}s, so a flood of garbage tokens only competes with other garbage; the
 * in-flight map holds a token only while its call runs.
 */
final class MachineTokenCache {
  /** Entries kept at most, per cache (valid, not found). */
  static final int MAX_ENTRIES = 10_000;

  /** Produces the answer for a miss. */
  interface Loader {
    MachineVerification load();
  }

  private final Clock clock;
  private final long notFoundTtl;
  private final long positiveTtl;
  private final ConcurrentMap<String, CompletableFuture<MachineVerification>> inFlight = new ConcurrentHashMap<>();
  private final BoundedCache<String, Boolean> notFound;
  /** Null when the positive TTL is zero. */
  private final BoundedCache<String, MachineVerification> valid;

  MachineTokenCache(Clock clock, Duration notFoundTtl, Duration positiveTtl) {
    this(clock, notFoundTtl, positiveTtl, MAX_ENTRIES);
  }

  MachineTokenCache(Clock clock, Duration notFoundTtl, Duration positiveTtl, int maxEntries) {
    this.clock = clock;
    this.notFoundTtl = notFoundTtl.toMillis();
    this.positiveTtl = positiveTtl == null ? 0 : positiveTtl.toMillis();
    this.notFound = new BoundedCache<>(maxEntries, clock);
    this.valid = this.positiveTtl > 0 ? new BoundedCache<String, MachineVerification>(maxEntries, clock) : null;
  }

  MachineVerification get(String key, TokenType type, Loader loader) {
    if (notFound.get(key) != null) {
      throw OpaqueTokenVerifier.notFound(type);
    }
    MachineVerification hit = valid == null ? null : valid.get(key);
    if (hit != null) {
      return hit;
    }
    CompletableFuture<MachineVerification> mine = new CompletableFuture<>();
    CompletableFuture<MachineVerification> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    return loadAndRemember(key, loader, mine);
  }

  private MachineVerification loadAndRemember(String key, Loader loader, CompletableFuture<MachineVerification> mine) {
    long now = clock.millis();
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
    if (valid == null) {
      return;
    }
    long until = now + positiveTtl;
    if (result.expiresAtMillis != null) {
      until = Math.min(until, result.expiresAtMillis);
    }
    if (until > now) {
      valid.put(key, result, until);
    }
  }

  private void rememberNotFound(String key, RuntimeException e, long now) {
    if (e instanceof MachineTokenVerificationException
        && ((MachineTokenVerificationException) e).fullMessage().endsWith("status=404)")) {
      notFound.put(key, Boolean.TRUE, now + notFoundTtl);
    }
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
