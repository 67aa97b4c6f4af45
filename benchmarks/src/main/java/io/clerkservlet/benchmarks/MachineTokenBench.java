package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testkit.MachineCredentials;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Opaque M2M tokens ({@code mt_…}) through {@code authenticateRequest} against the fake on
 * 127.0.0.1: every call to Clerk is a real loopback HTTP round trip into this JVM. Counts the
 * verify calls that reached the fake per verification.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MachineTokenBench {
  /** Threads of the concurrent variants (on 2 cores: requests overlap while the fake answers). */
  static final int CONCURRENT = 4;

  /** The fake, one machine, tokens and the two clients. */
  @State(Scope.Benchmark)
  public static class Shared {
    BenchFixture fixture;
    ClerkClient uncached;
    ClerkClient cached;
    String[] tokens = new String[CONCURRENT];
    final AuthenticateRequestOptions options = BenchFixture.m2mRequestOptions();
    final AtomicInteger threadIds = new AtomicInteger();
    final LongAdder verifications = new LongAdder();
    long fakeCalls;

    /** Starts the fake, creates the machine and mints one token per thread. */
    @Setup(Level.Trial)
    public void start() {
      fixture = new BenchFixture();
      MachineCredentials machine = fixture.fake().createMachine("bench");
      uncached = fixture.machineClient(machine, Duration.ZERO);
      cached = fixture.machineClient(machine, Duration.ofSeconds(60));
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = uncached.m2mTokens().createToken().getToken();
      }
      fixture.fake().clearExchanges();
    }

    /** Keeps the fake's exchange log short (it is copy-on-write) while counting the verify calls. */
    @TearDown(Level.Iteration)
    public void drainExchanges() {
      fakeCalls += fixture.m2mVerifyCalls();
      fixture.fake().clearExchanges();
    }

    /** Reports verify calls per verification, then stops. */
    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) {
      long n = verifications.sum();
      BenchFixture.report(String.format("%s fork: %,d verifications, %,d POST /m2m_tokens/verify "
          + "(%.4f per verification)", params.getBenchmark().replaceAll(".*\\.", ""), n, fakeCalls,
          n == 0 ? 0.0 : (double) fakeCalls / n));
      fixture.close();
    }
  }

  /** Which token a thread uses in the distinct-token variant. */
  @State(Scope.Thread)
  public static class Mine {
    int index;

    /** Takes the next free token. */
    @Setup(Level.Trial)
    public void pick(Shared shared) {
      index = shared.threadIds.getAndIncrement() % CONCURRENT;
    }
  }

  private static RequestState verify(Shared shared, ClerkClient client, String token) {
    shared.verifications.increment();
    return BenchFixture.requireSignedIn(client.authenticateRequest(BenchFixture.bearerRequest(token),
        shared.options));
  }

  /** No cache, one thread: every verification is one call to the fake (nothing to coalesce). */
  @Benchmark
  @Threads(1)
  public RequestState m2mNoCache1Thread(Shared shared) {
    return verify(shared, shared.uncached, shared.tokens[0]);
  }

  /** No cache, {@value #CONCURRENT} threads, each its own token: no coalescing possible. */
  @Benchmark
  @Threads(CONCURRENT)
  public RequestState m2mNoCacheDistinctTokens4Threads(Shared shared, Mine mine) {
    return verify(shared, shared.uncached, shared.tokens[mine.index]);
  }

  /** No cache, {@value #CONCURRENT} threads, one token: concurrent checks share one call. */
  @Benchmark
  @Threads(CONCURRENT)
  public RequestState m2mNoCacheSameToken4Threads(Shared shared) {
    return verify(shared, shared.uncached, shared.tokens[0]);
  }

  /** Positive cache (60 s TTL), one thread: the fake is asked once per TTL. */
  @Benchmark
  @Threads(1)
  public RequestState m2mCached1Thread(Shared shared) {
    return verify(shared, shared.cached, shared.tokens[0]);
  }
}
