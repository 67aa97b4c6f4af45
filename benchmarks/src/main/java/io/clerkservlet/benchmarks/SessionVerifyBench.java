package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.VerifyTokenOptions;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Session-token verification against the floor (the JDK's bare {@code SHA256withRSA} verify on
 * pre-decoded bytes), single-threaded, with the perf anchors' method: throughput, 2 forks,
 * {@code -Xms2g -Xmx2g}, long warmup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SessionVerifyBench {
  /** Distinct tokens cycled through by the cold paths. */
  static final int DISTINCT_TOKENS = 64;

  /** The fake, the tokens and the clients, shared by the threads of one fork. */
  @State(Scope.Benchmark)
  public static class Shared {
    BenchFixture fixture;
    ClerkClient cached;
    ClerkClient cold;
    List<String> tokens;
    RSAPublicKey publicKey;
    final VerifyTokenOptions verifyOptions = BenchFixture.verifyOptions();
    final AuthenticateRequestOptions requestOptions = BenchFixture.sessionRequestOptions();

    /** Starts the fake, mints the tokens and fills each client's JWKS cache. */
    @Setup(Level.Trial)
    public void start() {
      fixture = new BenchFixture();
      tokens = fixture.sessionTokens(DISTINCT_TOKENS);
      publicKey = fixture.fake().signingKeys().current().publicKey();
      cached = fixture.sessionClient(true);
      cold = fixture.sessionClient(false);
      cached.verifyToken(tokens.get(0), verifyOptions);
      cold.verifyToken(tokens.get(0), verifyOptions);
    }

    /** Stops the fake and closes the clients; checks the JWKS was fetched once per client. */
    @TearDown(Level.Trial)
    public void stop() {
      BenchFixture.report("SessionVerifyBench fork: token length " + tokens.get(0).length()
          + " chars; JWKS calls " + fixture.jwksCalls() + " (one per client expected: 2)");
      fixture.close();
    }
  }

  /** The floor: one {@link Signature} per thread, {@code initVerify} once, pre-decoded bytes. */
  @State(Scope.Thread)
  public static class Floor extends FloorState {
    /** Decodes the token once and initialises the thread's verifier. */
    @Setup(Level.Trial)
    public void init(Shared shared) throws GeneralSecurityException {
      prepare(shared.tokens.get(0), shared.publicKey);
    }
  }

  /** The thread's position in the distinct-token list. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String nextToken(List<String> tokens) {
      String t = tokens.get(next);
      next = (next + 1) % tokens.size();
      return t;
    }
  }

  /** a1 of the perf anchors: the JDK's RSA verify alone. */
  @Benchmark
  public boolean floorJdkSignature(Floor floor) throws GeneralSecurityException {
    floor.signature.update(floor.signingInput);
    boolean ok = floor.signature.verify(floor.signatureBytes);
    if (!ok) {
      throw new IllegalStateException("floor signature did not verify");
    }
    return ok;
  }

  /** {@code verifyToken} with the repeat-token cache off, cycling through distinct tokens. */
  @Benchmark
  public Map<String, Object> coldSessionVerify(Shared shared, Cursor cursor) {
    return shared.cold.verifyToken(cursor.nextToken(shared.tokens), shared.verifyOptions);
  }

  /** {@code verifyToken} of the same token again (repeat-token cache on, the default). */
  @Benchmark
  public Map<String, Object> repeatTokenVerify(Shared shared) {
    return shared.cached.verifyToken(shared.tokens.get(0), shared.verifyOptions);
  }

  /** {@code authenticateRequest} end to end, default client (repeat-token cache on), same token. */
  @Benchmark
  public RequestState authenticateRequestSession(Shared shared) {
    return BenchFixture.requireSignedIn(shared.cached.authenticateRequest(
        BenchFixture.bearerRequest(shared.tokens.get(0)), shared.requestOptions));
  }

  /** {@code authenticateRequest} end to end with the repeat-token cache off, distinct tokens. */
  @Benchmark
  public RequestState authenticateRequestSessionCold(Shared shared, Cursor cursor) {
    return BenchFixture.requireSignedIn(shared.cold.authenticateRequest(
        BenchFixture.bearerRequest(cursor.nextToken(shared.tokens)), shared.requestOptions));
  }
}
