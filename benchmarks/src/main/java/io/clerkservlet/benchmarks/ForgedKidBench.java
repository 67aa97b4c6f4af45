package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A flood of well-signed session tokens whose {@code kid} is not in the JWKS, through
 * {@code authenticateRequest}: how fast they are turned away and how many JWKS calls they cause
 * (a forced refetch at most every {@code JwksCache.MIN_REFETCH_INTERVAL}, 10 s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ForgedKidBench {
  /** Distinct forged kids cycled through. */
  static final int FORGED = 1000;

  /** The fake, the forged tokens and a client whose JWKS cache holds the real key. */
  @State(Scope.Benchmark)
  public static class Shared {
    BenchFixture fixture;
    ClerkClient client;
    final List<String> forged = new ArrayList<>(FORGED);
    final AuthenticateRequestOptions options = BenchFixture.sessionRequestOptions();
    final LongAdder rejected = new LongAdder();
    long startedAtNanos;
    int next;

    /** Mints the forged tokens and fills the JWKS cache with one valid token. */
    @Setup(Level.Trial)
    public void start() {
      fixture = new BenchFixture();
      for (int i = 0; i < FORGED; i++) {
        forged.add(fixture.forgedKidToken(i));
      }
      client = fixture.sessionClient(true);
      client.verifyToken(fixture.sessionToken(), BenchFixture.verifyOptions());
      startedAtNanos = System.nanoTime();
    }

    /** Reports JWKS calls against rejections and elapsed time. */
    @TearDown(Level.Trial)
    public void stop() {
      double seconds = (System.nanoTime() - startedAtNanos) / 1e9;
      BenchFixture.report(String.format("forgedKidFlood fork: %,d forged-kid rejections in %.1f s: %d GET "
          + "/v1/jwks in total (1 of them the initial fill with a valid token)", rejected.sum(), seconds,
          fixture.jwksCalls()));
      fixture.close();
    }
  }

  /** One forged-kid request, rejected. */
  @Benchmark
  public RequestState forgedKidFlood(Shared shared) {
    int i = shared.next;
    shared.next = i + 1 == FORGED ? 0 : i + 1;
    RequestState state = shared.client.authenticateRequest(
        BenchFixture.bearerRequest(shared.forged.get(i)), shared.options);
    if (state.isAuthenticated()) {
      throw new IllegalStateException("a forged kid was accepted");
    }
    shared.rejected.increment();
    return state;
  }
}
