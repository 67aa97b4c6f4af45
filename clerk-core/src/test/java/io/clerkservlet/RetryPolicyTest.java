package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.api.ListM2MTokensParams;
import io.clerkservlet.api.RevokeM2MTokenParams;
import io.clerkservlet.internal.http.TransportSettings;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads retry boundedly on 429/502/503/504 honouring Retry-After; writes never retry. */
class RetryPolicyTest {
  private static final String ERROR =
      "{\"errors\": [{\"message\": \"m\", \"long_message\": \"l\", \"code\": \"c\"}]}";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private ClerkClient client;

  @BeforeEach
  void recordWaitsInsteadOfSleeping() {
    client = clerk.clientBuilder().machineSecretKey(clerk.machine().getSecretKey())
        .sleeper(waits::add).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void readThatMeets503TwiceThenSucceedsReturnsDataAfterThreeAttempts() {
    client.m2mTokens().createToken();
    clerk.fake().faults().failNext(2, 503, "/m2m_tokens");

    PaginatedResourceResponse<M2MToken> page = list();

    assertThat(page.getData()).hasSize(1);
    assertThat(clerk.fake().exchanges("GET", "/m2m_tokens")).hasSize(3);
    assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO); // the fake's 503 says Retry-After: 0
  }

  @Test
  void withoutRetryAfterTheWaitsBackOffExponentiallyWithJitter() {
    clerk.fake().faults().failNext(2, 502);

    list();

    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void retryAfterUpToTheCapIsHonoured(int seconds) {
    clerk.fake().faults().respondNext(1, 429, Map.of("Retry-After", String.valueOf(seconds)), ERROR);

    list();

    assertThat(waits).containsExactly(Duration.ofSeconds(seconds));
    assertThat(clerk.fake().exchanges("GET", "/m2m_tokens")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "3600", "99999999999"})
  void retryAfterBeyondTheCapFailsAtOnce(String retryAfter) {
    clerk.fake().faults().respondNext(1, 429, Map.of("Retry-After", retryAfter), ERROR);

    assertThatThrownBy(this::list).isInstanceOfSatisfying(ClerkApiException.class, e -> {
      assertThat(e.getStatus()).isEqualTo(429);
      assertThat(e.getRetryAfter()).isGreaterThan((int) TransportSettings.MAX_RETRY_AFTER.getSeconds());
    });
    assertThat(waits).isEmpty();
    assertThat(clerk.fake().exchanges()).hasSize(1);
  }

  @Test
  void threeFailuresGiveTheLastFailure() {
    clerk.fake().faults().failNext(3, 504);

    assertThatThrownBy(this::list).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(504));
    assertThat(clerk.fake().exchanges()).hasSize(TransportSettings.DEFAULT_MAX_READ_ATTEMPTS);
    assertThat(waits).hasSize(TransportSettings.DEFAULT_MAX_READ_ATTEMPTS - 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 500})
  void readIsNotRetriedOnOtherStatuses(int status) {
    clerk.fake().faults().failNext(1, status);

    assertThatThrownBy(this::list).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(status));
    assertThat(clerk.fake().exchanges()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "verify", "revoke"})
  void postsAreNeverRetried(String call) {
    M2MToken token = client.m2mTokens().createToken();
    clerk.fake().clearExchanges();
    clerk.fake().faults().failNext(1, 503);

    assertThatThrownBy(() -> post(call, token)).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(503));
    assertThat(clerk.fake().exchanges()).singleElement()
        .satisfies(x -> assertThat(x.getMethod()).isEqualTo("POST"));
    assertThat(waits).isEmpty();
  }

  @Test
  void interruptedWaitGivesTheFailureAndKeepsTheInterrupt() {
    clerk.fake().faults().failNext(1, 503);
    try (ClerkClient interrupted = clerk.clientBuilder().sleeper(d -> {
      throw new InterruptedException();
    }).build()) {
      assertThatThrownBy(() -> interrupted.m2mTokens().list(ListM2MTokensParams.builder()
          .subject(clerk.machine().getId()).build()))
          .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(503));
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(clerk.fake().exchanges()).hasSize(1);
  }

  private PaginatedResourceResponse<M2MToken> list() {
    return client.m2mTokens().list(ListM2MTokensParams.builder().subject(clerk.machine().getId()).build());
  }

  private M2MToken post(String call, M2MToken token) {
    switch (call) {
      case "create":
        return client.m2mTokens().createToken();
      case "verify":
        return client.m2mTokens().verify(token.getToken());
      default:
        return client.m2mTokens().revokeToken(
            RevokeM2MTokenParams.builder().m2mTokenId(token.getId()).build());
    }
  }
}
