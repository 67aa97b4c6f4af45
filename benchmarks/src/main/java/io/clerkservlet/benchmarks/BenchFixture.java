package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What every benchmark and harness shares: a fake Clerk on 127.0.0.1 inside this JVM, session
 * tokens of the perf-anchors shape (RS256 2048-bit; header alg/kid/typ; claims iss, sub, sid, azp,
 * iat, nbf, exp) and clients pointed at the fake.
 */
public final class BenchFixture implements AutoCloseable {
  /** The {@code azp} of every session token and the authorized party the verifiers require. */
  public static final String AZP = "https://app.example.com";
  /** The URL of the requests given to {@code authenticateRequest}. */
  public static final String REQUEST_URL = "https://app.example.com/api/orders";

  static {
    // Bench artefact of the JDK HttpServer behind the fake, not of the library: without it every
    // answer on a reused keep-alive connection can wait ~40 ms (Nagle + delayed ACK). The perf
    // anchors' stub set the same property. Must be set before the first HttpServer is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final FakeClerkBackend fake = FakeClerkBackend.start();
  private final String userId = fake.createUser("bench@example.com", "Bench", "User");
  private final List<AutoCloseable> clients = new ArrayList<>();

  /** Starts the fake. */
  public BenchFixture() {
  }

  /** The fake Clerk. */
  public FakeClerkBackend fake() {
    return fake;
  }

  /** A freshly signed session token that lives two hours (it outlives any fork). */
  public String sessionToken() {
    return fake.tokens().sessionToken(userId).authorizedParty(AZP).lifetime(Duration.ofHours(2)).sign();
  }

  /** {@code count} distinct session tokens. */
  public List<String> sessionTokens(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(sessionToken());
    }
    return out;
  }

  /** A string claim of a token, read without verifying it (for configuring peers). */
  public static String claim(String token, String name) {
    String payload = token.split("\\.")[1];
    try {
      return io.clerkservlet.internal.json.Json.mapper()
          .readTree(java.util.Base64.getUrlDecoder().decode(payload)).path(name).asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A session token whose {@code kid} is not in the JWKS. */
  public String forgedKidToken(int i) {
    return fake.tokens().sessionToken(userId).authorizedParty(AZP).lifetime(Duration.ofHours(2))
        .kid("ins_forged_" + i).sign();
  }

  /** A client with the instance secret key; {@code repeatTokenCache} as given. */
  public ClerkClient sessionClient(boolean repeatTokenCache) {
    return track(ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
        .repeatTokenCache(repeatTokenCache).build());
  }

  /** A client able to mint and verify opaque M2M tokens; {@code cacheTtl} zero turns the cache off. */
  public ClerkClient machineClient(MachineCredentials machine, Duration cacheTtl) {
    return track(ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
        .machineSecretKey(machine.getSecretKey()).machineTokenCacheTtl(cacheTtl).build());
  }

  /** Verify options as a filter would set them once: the authorized party required. */
  public static VerifyTokenOptions verifyOptions() {
    return VerifyTokenOptions.builder().authorizedParties(AZP).build();
  }

  /** {@code authenticateRequest} options for session tokens, built once. */
  public static AuthenticateRequestOptions sessionRequestOptions() {
    return AuthenticateRequestOptions.builder().authorizedParties(AZP).build();
  }

  /** {@code authenticateRequest} options accepting only opaque M2M tokens, built once. */
  public static AuthenticateRequestOptions m2mRequestOptions() {
    return AuthenticateRequestOptions.builder().acceptsToken(TokenType.M2M_TOKEN).build();
  }

  /** A request as a servlet filter would build it for each call. */
  public static ClerkRequest bearerRequest(String token) {
    return ClerkRequest.builder("GET", REQUEST_URL).header("Authorization", "Bearer " + token).build();
  }

  /** Throws unless the state is signed in: a benchmark must never measure a failure path by mistake. */
  public static RequestState requireSignedIn(RequestState state) {
    if (!state.isAuthenticated()) {
      throw new IllegalStateException("not signed in: " + state.getReason());
    }
    return state;
  }

  /** Verified JWKS fetches so far ({@code GET /v1/jwks}). */
  public int jwksCalls() {
    return fake.exchanges("GET", "/v1/jwks").size();
  }

  /** Opaque M2M verifications that reached the fake ({@code POST /m2m_tokens/verify}). */
  public int m2mVerifyCalls() {
    return fake.exchanges("POST", "/m2m_tokens/verify").size();
  }

  /**
   * Prints a count line of a fork and appends it to the file named by {@code -Dbench.counts} (set by
   * {@link BenchMain}), so the counts end up beside the JMH results.
   */
  public static void report(String line) {
    System.out.println("[bench] " + line);
    String file = System.getProperty("bench.counts");
    if (file == null) {
      return;
    }
    try {
      Files.write(Paths.get(file),
          ("- " + line + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[bench] cannot write " + file + ": " + e);
    }
  }

  private ClerkClient track(ClerkClient client) {
    clients.add(client);
    return client;
  }

  /** Closes the clients and stops the fake. */
  @Override
  public void close() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing a benchmark client cannot fail in a way that matters
      }
    }
    fake.close();
  }
}
