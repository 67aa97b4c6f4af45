package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testkit.MachineCredentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Exact call counts (no timing): JWKS calls caused by forged kids and by a cold burst, and verify
 * calls per opaque M2M verification with and without coalescing and the positive cache. Prints one
 * markdown table row per scenario.
 */
public final class Probe {
  private static final int N = 1000;
  private static final int THREADS = 4;

  private Probe() {
  }

  /** Runs every scenario against a fresh fake. */
  public static void main(String[] args) throws Exception {
    System.out.println("| scenario | verifications | calls to the fake | per verification | outcome | elapsed |");
    System.out.println("|---|---:|---:|---:|---|---:|");
    try (BenchFixture fx = new BenchFixture()) {
      forgedKids(fx, 1, "forged kids, fresh client (cold JWKS cache), 1 thread");
      forgedKids(fx, THREADS, "forged kids, fresh client (cold JWKS cache), " + THREADS + " threads");
      forgedKidsAfterWarmFill(fx);
      coldBurst(fx);
      machineTokens(fx);
    }
  }

  private static void forgedKids(BenchFixture fx, int threads, String label) throws Exception {
    List<String> forged = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      forged.add(fx.forgedKidToken(i));
    }
    ClerkClient client = fx.sessionClient(true);
    AuthenticateRequestOptions options = BenchFixture.sessionRequestOptions();
    int before = fx.jwksCalls();
    long t0 = System.nanoTime();
    int accepted = runParallel(threads, N, i -> client.authenticateRequest(
        BenchFixture.bearerRequest(forged.get(i)), options));
    row(label, N, fx.jwksCalls() - before, accepted == 0 ? "all rejected" : accepted + " ACCEPTED", t0,
        "GET /v1/jwks");
  }

  private static void forgedKidsAfterWarmFill(BenchFixture fx) throws Exception {
    ClerkClient client = fx.sessionClient(true);
    client.verifyToken(fx.sessionToken(), BenchFixture.verifyOptions());
    List<String> forged = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      forged.add(fx.forgedKidToken(N + i));
    }
    AuthenticateRequestOptions options = BenchFixture.sessionRequestOptions();
    int before = fx.jwksCalls();
    long t0 = System.nanoTime();
    int accepted = runParallel(1, N, i -> client.authenticateRequest(
        BenchFixture.bearerRequest(forged.get(i)), options));
    row("forged kids right after a valid token filled the cache, 1 thread", N, fx.jwksCalls() - before,
        accepted == 0 ? "all rejected" : accepted + " ACCEPTED", t0, "GET /v1/jwks");
  }

  private static void coldBurst(BenchFixture fx) throws Exception {
    ClerkClient client = fx.sessionClient(false);
    String token = fx.sessionToken();
    int threads = 8;
    int before = fx.jwksCalls();
    long t0 = System.nanoTime();
    int accepted = runParallel(threads, threads, i -> BenchFixture.requireSignedIn(client.authenticateRequest(
        BenchFixture.bearerRequest(token), BenchFixture.sessionRequestOptions())));
    row("valid token, fresh client, 8 threads at once", threads, fx.jwksCalls() - before,
        accepted + " accepted", t0, "GET /v1/jwks");
  }

  private static void machineTokens(BenchFixture fx) throws Exception {
    MachineCredentials machine = fx.fake().createMachine("bench");
    ClerkClient uncached = fx.machineClient(machine, Duration.ZERO);
    ClerkClient cached = fx.machineClient(machine, Duration.ofSeconds(60));
    AuthenticateRequestOptions options = BenchFixture.m2mRequestOptions();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tokens.add(uncached.m2mTokens().createToken().getToken());
    }
    m2m(fx, "mt_ no cache, 1 thread, same token", 1, i -> verifyM2m(uncached, tokens.get(0), options));
    m2m(fx, "mt_ no cache, " + THREADS + " threads, distinct tokens (nothing to coalesce)", THREADS,
        i -> verifyM2m(uncached, tokens.get(i % THREADS), options));
    m2m(fx, "mt_ no cache, " + THREADS + " threads, same token (coalesced)", THREADS,
        i -> verifyM2m(uncached, tokens.get(0), options));
    m2m(fx, "mt_ positive cache 60 s, 1 thread, same token", 1, i -> verifyM2m(cached, tokens.get(0), options));
  }

  private static RequestState verifyM2m(ClerkClient client, String token, AuthenticateRequestOptions options) {
    return BenchFixture.requireSignedIn(client.authenticateRequest(BenchFixture.bearerRequest(token), options));
  }

  private static void m2m(BenchFixture fx, String label, int threads, IntFunction<RequestState> call)
      throws Exception {
    fx.fake().clearExchanges();
    long t0 = System.nanoTime();
    int accepted = runParallel(threads, N, call);
    row(label, N, fx.m2mVerifyCalls(), accepted + " accepted", t0, "POST /m2m_tokens/verify");
  }

  /** Runs {@code total} calls on {@code threads} threads released together; returns how many signed in. */
  static int runParallel(int threads, int total, IntFunction<RequestState> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          go.await();
          int ok = 0;
          for (int i = first; i < total; i += threads) {
            ok += call.apply(i).isAuthenticated() ? 1 : 0;
          }
          return ok;
        }));
      }
      go.countDown();
      int accepted = 0;
      for (Future<Integer> f : parts) {
        accepted += f.get();
      }
      return accepted;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void row(String label, int n, int calls, String outcome, long t0, String what) {
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf("| %s | %d | %d × `%s` | %.3f | %s | %.0f ms |%n", label, n, calls, what,
        (double) calls / n, outcome, ms);
  }
}
