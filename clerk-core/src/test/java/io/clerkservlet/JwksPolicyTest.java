package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.internal.keys.JwksCache;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testing.SessionTokens;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwksPolicyTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final MutableClock clock = new MutableClock(Instant.now());
  private ClerkClient client;

  @BeforeEach
  void openClient() {
    client = clerk.clientBuilder().clock(clock).build();
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
  void verifyAfterTtlThenRefetchesAndDropsKeysThatLeftTheJwks() {
    SigningKey old = clerk.fake().signingKeys().current();
    String oldToken = validToken();
    clerk.fake().signingKeys().rotate();
    client.verifyToken(oldToken);
    clerk.fake().signingKeys().retireOldest();
    clock.advance(JwksCache.TTL);

    assertThatThrownBy(() -> client.verifyToken(tokenSignedBy(old, old.kid())))
        .isInstanceOfSatisfying(TokenVerificationException.class,
            e -> assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH));
    assertThat(jwksCalls()).isEqualTo(2);
  }

  @Test
  void verifyWhenClerkAnswers503ThenServesTheLastGoodKeysWithinTheStalenessBound() {
    client.verifyToken(validToken());
    clock.advance(JwksCache.TTL);
    clerk.fake().faults().failNext(100, 503, "/v1/jwks");

    assertThat(client.verifyToken(validToken())).containsKey("sub");
    assertThat(client.verifyToken(validToken())).containsKey("sub");
    int callsWhileDown = jwksCalls();
    assertThat(callsWhileDown).isEqualTo(1 + 3);

    clock.advance(JwksCache.MAX_STALENESS);
    assertThatThrownBy(() -> client.verifyToken(validToken()))
        .isInstanceOfSatisfying(TokenVerificationException.class, e -> {
          assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD);
          assertThat(e.getMessage()).isEqualTo("Error loading Clerk JWKS from " + clerk.fake().apiUrl()
              + "/v1/jwks with code=503");
        });
    clerk.fake().faults().clear();
  }

  @Test
  void verifyWhenClerkDownAndNoKeysYetThenJwkRemoteFailedToLoad() {
    clerk.fake().faults().failNext(3, 503, "/v1/jwks");
    assertThatThrownBy(() -> client.verifyToken(validToken()))
        .isInstanceOfSatisfying(TokenVerificationException.class, e -> assertThat(e.getReason().getCategory())
            .isEqualTo(FailureCategory.SERVICE_UNAVAILABLE));
    assertThat(jwksCalls()).isEqualTo(3);
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
