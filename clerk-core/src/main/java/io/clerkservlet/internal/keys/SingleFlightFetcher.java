package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Concurrent fetches share one: the first caller fetches, the others wait for its outcome, each for
 * at most the wait bound (the call deadline), never queued behind a lock.
 */
final class SingleFlightFetcher implements KeySetFetcher {
  private final KeySetFetcher delegate;
  private final long waitMillis;
  private final Supplier<TokenVerificationException> timedOut;
  private final AtomicReference<CompletableFuture<KeySet>> inFlight = new AtomicReference<>();

  SingleFlightFetcher(KeySetFetcher delegate, long waitMillis, Supplier<TokenVerificationException> timedOut) {
    this.delegate = delegate;
    this.waitMillis = waitMillis;
    this.timedOut = timedOut;
  }

  @Override
  public KeySet fetch(boolean forced) {
    CompletableFuture<KeySet> mine = new CompletableFuture<>();
    CompletableFuture<KeySet> running = inFlight.get();
    while (running == null) {
      if (inFlight.compareAndSet(null, mine)) {
        return fetchAs(mine, forced);
      }
      running = inFlight.get();
    }
    return await(running);
  }

  /** True while a fetch is running. */
  boolean isFetching() {
    return inFlight.get() != null;
  }

  private KeySet fetchAs(CompletableFuture<KeySet> mine, boolean forced) {
    try {
      KeySet keys = delegate.fetch(forced);
      mine.complete(keys);
      return keys;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.compareAndSet(mine, null);
    }
  }

  private KeySet await(CompletableFuture<KeySet> running) {
    try {
      return running.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw timedOut.get();
    } catch (TimeoutException e) {
      throw timedOut.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw timedOut.get();
    }
  }
}
