package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Lets an attempt through at most once per interval, counted from the end of the previous attempt
 * (so a slow failing attempt does not shorten the pause), except forced ones. Remembers how the
 * last attempt ended. Forged {@code kid}s and a failing Clerk thus cost at most one call per interval.
 */
final class RateLimitedFetcher implements KeySetFetcher {
  /** The attempt was not made: one ended less than the interval ago. */
  static final class TooSoon extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TokenVerificationException lastFailure;

    TooSoon(TokenVerificationException lastFailure) {
      super("JWKS fetched moments ago", null, false, false);
      this.lastFailure = lastFailure;
    }
  }

  private final KeySetFetcher delegate;
  private final Function<RuntimeException, TokenVerificationException> unexpected;
  private final Clock clock;
  private final long intervalMillis;
  private volatile long lastAttemptEnd = KeySet.NEVER;
  private volatile TokenVerificationException lastFailure;

  RateLimitedFetcher(KeySetFetcher delegate, Clock clock, Duration interval,
      Function<RuntimeException, TokenVerificationException> unexpected) {
    this.delegate = delegate;
    this.unexpected = unexpected;
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
  }

  @Override
  public KeySet fetch(boolean forced) {
    if (!forced && !mayAttempt(clock.millis())) {
      throw new TooSoon(lastFailure);
    }
    try {
      KeySet keys = delegate.fetch(forced);
      lastFailure = null;
      return keys;
    } catch (TokenVerificationException e) {
      lastFailure = e;
      throw e;
    } catch (RuntimeException e) {
      lastFailure = unexpected.apply(e);
      throw lastFailure;
    } finally {
      lastAttemptEnd = clock.millis();
    }
  }

  /**
   * True when an unforced attempt would be let through now; also when the clock went back past the
   * last attempt (a wall-clock step must not stop fetches until it catches up).
   */
  boolean mayAttempt(long now) {
    long last = lastAttemptEnd;
    return last == KeySet.NEVER || now < last || now - last >= intervalMillis;
  }

  /** How the last attempt failed, or null when it succeeded or none was made. */
  TokenVerificationException lastFailure() {
    return lastFailure;
  }
}
