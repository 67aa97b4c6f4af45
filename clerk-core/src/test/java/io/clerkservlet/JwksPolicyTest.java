package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.internal.keys.JwksCache;
import io.clerkservlet.internal.log.OperatorLog;
import io.clerkservlet.testing.LogCapture;
import io.clerkservlet.testing.ManualExecutor;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testing.SessionTokens;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwksPolicyTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final Instant start = Instant.now();
  private final MutableClock clock = new MutableClock(start);
  private final ManualExecutor refreshes = new ManualExecutor();
  private ClerkClient client;

  @BeforeEach
  void openClient() {
    client = clerk.clientBuilder().clock(clock).keyRefreshExecutor(refreshes).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private String tokenSignedBy(SigningKey key, String kid) {
    return SessionTokens.sessionToken(kid, key.privateKey(), clock, "https://" + clerk.fake().frontendApi()).build();
  }

  private String validToken() {
    SigningKey key = clerk.fake().signingKeys().current();
    return tokenSignedBy(key, key.kid());
  }

  private int jwksCalls() {
    return clerk.fake().exchanges("GET", "/v1/jwks").size();
  }

  @Test
  void verifyWhenKidUnknownThenFiftyConcurrentRequestsShareOneFetch() throws Exception {
    SigningKey rotated = clerk.fake().signingKeys().rotate();
    String token = tokenSignedBy(rotated, rotated.kid());
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return client.verifyToken(token).get("sub");
        }));
      }
      start.countDown();
      for (Future<Object> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo("user_2abcdefghijklmnopqrstuvwxyz");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(jwksCalls()).isEqualTo(1);
  }

  @Test
  void verifyWhenKidRotatesInThenRefetchesJwksOnce() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.MIN_REFETCH_INTERVAL);
    SigningKey rotated = clerk.fake().signingKeys().rotate();

    assertThat(client.verifyToken(tokenSignedBy(rotated, rotated.kid()))).containsKey("sub");
    assertThat(client.verifyToken(tokenSignedBy(rotated, rotated.kid()))).containsKey("sub");
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void verifyWhenThousandForgedKidsWithinTheIntervalThenAtMostOneFetch() {
    client.verifyToken(validToken());
    SigningKey key = clerk.fake().signingKeys().current();
    for (int i = 0; i < 1000; i++) {
      String forged = tokenSignedBy(key, "ins_forged_" + i);
      assertThatThrownBy(() -> client.verifyToken(forged))
          .isInstanceOfSatisfying(TokenVerificationException.class,
              e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH));
    }
    assertThat(jwksCalls()).isEqualTo(1);
  }

  @Test
  void whenAgeReachesRefreshAheadThenCallerIsServedAndOneBackgroundRefreshRuns() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.TTL.minus(JwksCache.REFRESH_AHEAD));

    assertThat(client.verifyToken(validToken())).containsKey("sub");
    assertThat(client.verifyToken(validToken())).containsKey("sub");
    assertThat(jwksCalls()).isEqualTo(1);
    assertThat(refreshes.pending()).isEqualTo(1);

    refreshes.runAll();
    assertThat(jwksCalls()).isEqualTo(2);
    clock.advance(JwksCache.REFRESH_AHEAD);
    assertThat(client.verifyToken(validToken())).containsKey("sub");
    assertThat(refreshes.pending()).isZero();
  }

  @Test
  void whenKeyLeftTheJwksThenItIsRejectedOnceTheBackgroundRefreshEnded() {
    SigningKey old = clerk.fake().signingKeys().current();
    String oldToken = validToken();
    clerk.fake().signingKeys().rotate();
    client.verifyToken(oldToken);
    clerk.fake().signingKeys().retireOldest();
    clock.advance(JwksCache.TTL);

    assertThat(client.verifyToken(tokenSignedBy(old, old.kid()))).containsKey("sub");
    refreshes.runAll();

    assertThatThrownBy(() -> client.verifyToken(tokenSignedBy(old, old.kid())))
        .isInstanceOfSatisfying(TokenVerificationException.class,
            e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH));
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void whenJwksSlowerThanTimeoutAfterTtlThenCachedKidNeverWaits() {
    try (ClerkClient slow = clerk.clientBuilder().clock(clock).keyRefreshExecutor(refreshes)
        .callTimeout(Duration.ofMillis(300)).build()) {
      slow.verifyToken(validToken());
      clock.advance(JwksCache.TTL);
      clerk.fake().faults().delayNext(1, Duration.ofSeconds(2), "/v1/jwks");

      for (int i = 0; i < 20; i++) {
        assertThat(slow.verifyToken(validToken())).containsKey("sub");
      }
      assertThat(jwksCalls()).isEqualTo(1);
      assertThat(refreshes.pending()).isEqualTo(1);

      refreshes.runAll();
      assertThat(slow.verifyToken(validToken())).containsKey("sub");
      assertThat(refreshes.pending()).isZero();
    }
  }

  @Test
  void whenClerkFailsThenLastGoodKeysServedForOneHourCountedFromTheLastSuccess() {
    client.verifyToken(validToken());
    clerk.fake().faults().failNext(Integer.MAX_VALUE, 503, "/v1/jwks");
    clock.advance(JwksCache.TTL);
    assertThat(client.verifyToken(validToken())).containsKey("sub");
    refreshes.runAll();
    clock.advance(JwksCache.MAX_STALENESS.minus(JwksCache.TTL));
    assertThat(client.verifyToken(validToken())).containsKey("sub");
    refreshes.runAll();
    assertThat(jwksCalls()).isEqualTo(3);
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> client.verifyToken(validToken()))
        .isInstanceOfSatisfying(TokenVerificationException.class, e -> {
          assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD);
          assertThat(e.getMessage()).isEqualTo("Error loading Clerk JWKS from " + clerk.fake().apiUrl()
              + "/v1/jwks with code=503");
        });
    clerk.fake().faults().clear();
  }

  @Test
  void whenRefreshFailsThenNextAttemptWaitsTheIntervalFromTheAttemptsEnd() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.TTL);
    clerk.fake().faults().failNext(Integer.MAX_VALUE, 503, "/v1/jwks");
    client.verifyToken(validToken());
    refreshes.runAll();
    assertThat(jwksCalls()).isEqualTo(2);

    clock.advance(JwksCache.MIN_REFETCH_INTERVAL.minusMillis(1));
    client.verifyToken(validToken());
    assertThat(refreshes.pending()).isZero();
    clock.advance(Duration.ofMillis(1));
    client.verifyToken(validToken());
    refreshes.runAll();
    assertThat(jwksCalls()).isEqualTo(3);
    clerk.fake().faults().clear();
  }

  @Test
  void whenKidUnknownDuringAnOutageThenServiceUnavailableNotKidMismatch() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.MIN_REFETCH_INTERVAL);
    clerk.fake().faults().failNext(Integer.MAX_VALUE, 503, "/v1/jwks");
    SigningKey rotated = clerk.fake().signingKeys().rotate();
    String token = tokenSignedBy(rotated, rotated.kid());

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.verifyToken(token))
          .isInstanceOfSatisfying(TokenVerificationException.class,
              e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD));
    }
    assertThat(jwksCalls()).isEqualTo(2);
    clerk.fake().faults().clear();
  }

  @Test
  void whenClerkDownAndNoKeysYetThenJwkRemoteFailedToLoadAfterOneAttemptWithoutRetries() {
    clerk.fake().faults().failNext(3, 503, "/v1/jwks");
    assertThatThrownBy(() -> client.verifyToken(validToken()))
        .isInstanceOfSatisfying(TokenVerificationException.class, e -> assertThat(e.getReason().getCategory())
            .isEqualTo(FailureCategory.SERVICE_UNAVAILABLE));
    assertThatThrownBy(() -> client.verifyToken(validToken())).isInstanceOf(TokenVerificationException.class);
    assertThat(jwksCalls()).isEqualTo(1);
    clerk.fake().faults().clear();
  }

  @Test
  void whenWallClockStepsBackThenAnUnknownKidStillFetches() {
    client.verifyToken(validToken());
    clock.advance(Duration.ofHours(-1));
    SigningKey rotated = clerk.fake().signingKeys().rotate();

    assertThat(client.verifyToken(tokenSignedBy(rotated, rotated.kid()))).containsKey("sub");
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void whenSkipJwksCacheJoinsARateLimitedFetchThenItStillFetches() {
    client.verifyToken(validToken());
    VerifyTokenOptions skip = VerifyTokenOptions.builder().skipJwksCache(true).build();
    SigningKey key = clerk.fake().signingKeys().current();
    assertThatThrownBy(() -> client.verifyToken(tokenSignedBy(key, "ins_forged")))
        .isInstanceOf(TokenVerificationException.class);
    assertThat(client.verifyToken(validToken(), skip)).containsKey("sub");
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void whenTokenHasNoKidThenNoFetch() {
    SigningKey key = clerk.fake().signingKeys().current();
    String noKid = SessionTokens.sessionToken(null, key.privateKey(), clock, "https://" + clerk.fake().frontendApi())
        .build();
    assertThatThrownBy(() -> client.verifyToken(noKid))
        .isInstanceOfSatisfying(TokenVerificationException.class,
            e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH));
    assertThat(jwksCalls()).isZero();
  }

  @Test
  void whenOutageEpisodeThenStaleWarningOnceAndRecoveryInfoWithItsDuration() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.TTL);
    clerk.fake().faults().failNext(Integer.MAX_VALUE, 503, "/v1/jwks");
    try (LogCapture log = LogCapture.of(OperatorLog.KEYS)) {
      client.verifyToken(validToken());
      refreshes.runAll();
      for (int i = 0; i < 5; i++) {
        clock.advance(JwksCache.MIN_REFETCH_INTERVAL);
        client.verifyToken(validToken());
        refreshes.runAll();
      }
      clerk.fake().faults().clear();
      clock.advance(JwksCache.MIN_REFETCH_INTERVAL);
      client.verifyToken(validToken());
      refreshes.runAll();

      assertThat(log.messages(Level.WARNING)).filteredOn(m -> m.contains("past their 5 min lifetime")).hasSize(1);
      assertThat(log.messages(Level.WARNING)).filteredOn(m -> m.startsWith("Clerk: could not refresh")).hasSize(1);
      assertThat(log.messages(Level.INFO)).containsExactly(
          "Clerk: the signing keys (JWKS) were fetched again after 60 s of failed attempts.");
      assertThat(String.join("\n", log.messages())).doesNotContain(clerk.fake().secretKey());
    }
  }

  @Test
  void whenClientClosedThenNoBackgroundThreadRemains() throws Exception {
    java.util.Set<Thread> before = backgroundThreads();
    ClerkClient real = clerk.clientBuilder().clock(clock).build();
    real.verifyToken(validToken());
    clock.advance(JwksCache.TTL);
    clerk.fake().faults().delayNext(1, Duration.ofSeconds(5), "/v1/jwks");
    real.verifyToken(validToken());
    real.close();
    java.util.Set<Thread> left = backgroundThreads();
    left.removeAll(before);
    assertThat(left).as("threads the closed client started").isEmpty();
    clerk.fake().faults().clear();
  }

  private static java.util.Set<Thread> backgroundThreads() {
    java.util.Set<Thread> out = new java.util.HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("clerk-background") && t.isAlive()) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void jwksCacheIsScopedToTheSecretKey() {
    client.verifyToken(validToken());
    VerifyTokenOptions otherInstance = VerifyTokenOptions.builder().secretKey("sk_test_other_instance").build();
    assertThatThrownBy(() -> client.verifyToken(validToken(), otherInstance))
        .isInstanceOfSatisfying(TokenVerificationException.class,
            e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.SECRET_KEY_INVALID));
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void skipJwksCacheRefetchesEveryTime() {
    VerifyTokenOptions skip = VerifyTokenOptions.builder().skipJwksCache(true).build();
    client.verifyToken(validToken(), skip);
    client.verifyToken(validToken(), skip);
    assertThat(jwksCalls()).isEqualTo(2);
  }
}
