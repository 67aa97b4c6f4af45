package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.internal.http.TransportSettings;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.RawHttpServer;
import io.clerkservlet.testing.RawHttpServer.Behaviour;
import io.clerkservlet.testkit.ClerkSigningKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Total call deadlines, no retries past them, and request-driven calls that cannot starve key fetches. */
class CallIsolationTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);
  private static final int MAX_POLLS = 3000;

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private static ClerkClient.Builder clientOf(String url) {
    return ClerkClient.builder().apiUrl(url).secretKey("sk_test_isolation").machineSecretKey("ak_isolation");
  }

  /** Polls the condition, at most {@link #MAX_POLLS} times 10 ms apart (a hang guard, not a speed check). */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int polls = 0; !condition.getAsBoolean(); polls++) {
      assertThat(polls).as("polls before the condition held").isLessThan(MAX_POLLS);
      Thread.sleep(10);
    }
  }

  @Test
  void whenServerDribblesThenCallEndsAtDeadline() throws Exception {
    try (RawHttpServer server = RawHttpServer.start(path -> Behaviour.DRIBBLE, Duration.ofMillis(200));
        ClerkClient client = clientOf(server.url()).readTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofMillis(1500)).build()) {
      CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
        try {
          client.jwks().get();
          return null;
        } catch (RuntimeException e) {
          return e;
        }
      });

      Throwable failure = outcome.get(HANG_GUARD.getSeconds(), TimeUnit.SECONDS);
      assertThat(failure).isInstanceOfSatisfying(ClerkApiException.class, e -> {
        assertThat(e.getStatus()).isNull();
        assertThat(e.getCode()).isEqualTo(ClerkApiException.CODE_UNEXPECTED_ERROR);
        assertThat(e.getMessage()).isEqualTo(
            "Clerk Backend API gave no complete answer within the call timeout of 1500 ms");
      });
      await(() -> server.requests() == 1 && server.closedByClient() == 1);
    }
  }

  @Test
  void whenRetryAfterIsLongerThanTheDeadlineLeftThenNoSleepAndOneCall() {
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    clerk.skipContractCheck();
    clerk.fake().faults().respondNext(3, 503, Collections.singletonMap("Retry-After", "2"),
        "{\"errors\":[]}", "/v1/jwks");
    try (ClerkClient client = clerk.clientBuilder().callTimeout(Duration.ofSeconds(1)).sleeper(waits::add).build()) {
      assertThatThrownBy(() -> client.jwks().get()).isInstanceOfSatisfying(ClerkApiException.class,
          e -> assertThat(e.getStatus()).isEqualTo(503));
    }
    assertThat(waits).isEmpty();
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).hasSize(1);
    clerk.fake().faults().clear();
  }

  @Test
  void whenRequestDrivenCallsAreAtTheLimitThenTheNextIsAnswered503AtOnceAndKeyFetchesStillGoThrough()
      throws Exception {
    int limit = TransportSettings.MAX_REQUEST_DRIVEN_CALLS;
    AuthenticateRequestOptions m2m = AuthenticateRequestOptions.builder()
        .acceptsToken(AcceptsToken.single(TokenType.M2M_TOKEN)).build();
    ExecutorService callers = Executors.newFixedThreadPool(limit);
    try (RawHttpServer server = RawHttpServer.start(
        path -> path.startsWith("/m2m_tokens") ? Behaviour.HOLD : Behaviour.ANSWER, Duration.ofMillis(1));
        ClerkClient client = clientOf(server.url()).callTimeout(HANG_GUARD).build()) {
      List<CompletableFuture<RequestState>> held = new ArrayList<>();
      for (int i = 0; i < limit; i++) {
        String token = String.format("mt_%032d", i);
        held.add(CompletableFuture.supplyAsync(() -> client.authenticateRequest(bearer(token), m2m), callers));
      }
      await(() -> server.held() == limit);

      RequestState refused = client.authenticateRequest(bearer(String.format("mt_%032d", limit)), m2m);
      assertThat(refused.getReason()).isEqualTo("unexpected-error");
      assertThat(refused.getFailureCategory()).isEqualTo(FailureCategory.SERVICE_UNAVAILABLE);
      assertThat(server.requests()).isEqualTo(limit);

      ClerkSigningKeys keys = new ClerkSigningKeys("ins_isolation");
      String session = io.clerkservlet.testing.SessionTokens.sessionToken(keys.current().kid(),
          keys.current().privateKey(), java.time.Clock.systemUTC(), "https://clerk.example.com").build();
      assertThatThrownBy(() -> client.verifyToken(session)).isInstanceOfSatisfying(TokenVerificationException.class,
          e -> assertThat(e.getMessage()).isEqualTo(
              "The JWKS endpoint did not contain any signing keys. Contact support@clerk.com."));
      assertThat(server.requests()).isEqualTo(limit + 1);

      server.release();
      for (CompletableFuture<RequestState> call : held) {
        assertThat(call.get(HANG_GUARD.getSeconds(), TimeUnit.SECONDS).isAuthenticated()).isFalse();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void whenOpaqueVerifyAnswers503ThenItIsNotRetried() {
    clerk.skipContractCheck();
    clerk.fake().faults().failNext(5, 503, "/m2m_tokens/verify");
    RequestState state = clerk.client().authenticateRequest(bearer(String.format("mt_%032d", 7)),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.single(TokenType.M2M_TOKEN)).build());
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.SERVICE_UNAVAILABLE);
    assertThat(clerk.fake().exchanges("POST", "/m2m_tokens/verify")).hasSize(1);
    clerk.fake().faults().clear();
  }

  @Test
  void whenVerifyRejectsTheTokenWith422ThenInvalidTokenNotAnOutage() {
    clerk.skipContractCheck();
    clerk.fake().faults().failNext(1, 422, "/api_keys/verify");
    RequestState state = clerk.client().authenticateRequest(bearer("ak_" + String.format("%032d", 3)),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.single(TokenType.API_KEY)).build());
    assertThat(state.getReason()).isEqualTo("unexpected-error");
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.INVALID_TOKEN);
    clerk.fake().faults().clear();
  }

  private static ClerkRequest bearer(String token) {
    return ClerkRequest.builder("GET", "https://app.example.com/api").header("Authorization", "Bearer " + token)
        .build();
  }
}
