package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testing.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The machine-token caches remember Clerk's answer, never a decision: each call's audience and the
 * token's expiry are applied again on every hit and every coalesced join, and garbage cannot flush
 * valid answers.
 */
class MachineTokenCachePolicyTest {
  private static final String OAUTH_VERIFY = "/oauth_applications/access_tokens/verify";
  private static final String API_A = "https://a.example.com";
  private static final String API_B = "https://b.example.com";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClerkClient caching() {
    return clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).machineTokenCacheTtl(Duration.ofMinutes(10)).build();
  }

  private static AuthenticateRequestOptions audience(String... audience) {
    AuthenticateRequestOptions.Builder b = AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.any());
    return (audience.length == 0 ? b : b.audience(audience)).build();
  }

  private static RequestState authenticate(ClerkClient client, String token, AuthenticateRequestOptions options) {
    return client.authenticateRequest(
        ClerkRequest.builder("GET", "https://api.example.com/").header("Authorization", "Bearer " + token).build(),
        options);
  }

  /** The next OAuth verify call answers a valid token for {@code aud}. */
  private void nextOAuthAnswerHasAudience(String aud) {
    long expiration = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
    String body = "{\"object\":\"clerk_idp_oauth_access_token\",\"id\":\"oat_" + "1".repeat(32) + "\","
        + "\"client_id\":\"client_app\",\"subject\":\"" + TokenKind.USER + "\",\"scopes\":[\"email\"],"
        + "\"revoked\":false,\"expired\":false,\"expiration\":" + expiration + ",\"aud\":[\"" + aud + "\"]}";
    clerk.fake().faults().respondNext(1, 200, Collections.<String, String>emptyMap(), body, OAUTH_VERIFY);
  }

  private static void assertSameRejection(RequestState actual, RequestState uncached) {
    assertThat(actual.isAuthenticated()).isFalse();
    assertThat(uncached.isAuthenticated()).isFalse();
    assertThat(actual.getReason()).isEqualTo(uncached.getReason()).isEqualTo("token-verification-failed");
    assertThat(actual.getMessage()).isEqualTo(uncached.getMessage());
    assertThat(actual.getFailureCategory()).isEqualTo(uncached.getFailureCategory())
        .isEqualTo(FailureCategory.INVALID_TOKEN);
  }

  @Test
  void whenCacheHitThenAudienceCheckedAgain() {
    String token = TokenKind.OPAQUE_OAUTH.mint(clerk);
    RequestState uncached = authenticate(clerk.client(), token, audience(API_A));
    try (ClerkClient caching = caching()) {
      assertThat(authenticate(caching, token, audience()).isAuthenticated()).isTrue();
      int calls = clerk.fake().exchanges("POST", OAUTH_VERIFY).size();
      assertSameRejection(authenticate(caching, token, audience(API_A)), uncached);
      assertThat(clerk.fake().exchanges("POST", OAUTH_VERIFY)).as("answered from the cache").hasSize(calls);
    }
    assertThat(uncached.getMessage()).startsWith("Invalid OAuth audience claim (aud) undefined.");
  }

  @Test
  void whenTwoOptionsWithDifferentAudiencesShareOneClientThenEachGetsItsOwnDecision() {
    String token = TokenKind.OPAQUE_OAUTH.mint(clerk);
    nextOAuthAnswerHasAudience(API_A);
    RequestState uncached = authenticate(clerk.client(), token, audience(API_B));
    AuthenticateRequestOptions forA = audience(API_A);
    AuthenticateRequestOptions forB = audience(API_B);
    try (ClerkClient caching = caching()) {
      nextOAuthAnswerHasAudience(API_A);
      assertThat(authenticate(caching, token, forA).isAuthenticated()).isTrue();
      assertSameRejection(authenticate(caching, token, forB), uncached);
      assertThat(authenticate(caching, token, forA).isAuthenticated()).isTrue();
      assertSameRejection(authenticate(caching, token, forB), uncached);
    }
    assertThat(uncached.getMessage()).startsWith("OAuth audience mismatch.");
    assertThat(clerk.fake().exchanges("POST", OAUTH_VERIFY)).as("one uncached call, one cached").hasSize(2);
  }

  @Test
  void whenCoalescedJoinThenAudienceCheckedForEachCaller() throws Exception {
    String token = TokenKind.OPAQUE_OAUTH.mint(clerk);
    RequestState uncached = authenticate(clerk.client(), token, audience(API_A));
    clerk.fake().clearExchanges();
    clerk.fake().faults().delayNext(1, Duration.ofMillis(800), OAUTH_VERIFY);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RequestState>> withAudience = new ArrayList<>();
      List<Future<RequestState>> without = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        AuthenticateRequestOptions options = i % 2 == 0 ? audience(API_A) : audience();
        Future<RequestState> state = pool.submit(() -> {
          start.await();
          return authenticate(clerk.client(), token, options);
        });
        (i % 2 == 0 ? withAudience : without).add(state);
      }
      start.countDown();
      for (Future<RequestState> r : withAudience) {
        assertSameRejection(r.get(30, TimeUnit.SECONDS), uncached);
      }
      for (Future<RequestState> r : without) {
        assertThat(r.get(30, TimeUnit.SECONDS).isAuthenticated()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(clerk.fake().exchanges("POST", OAUTH_VERIFY)).as("all ten shared one call").hasSize(1);
  }

  static Stream<Arguments> expiries() {
    return Stream.of(
        Arguments.of(Named.of("API key, cache TTL first", TokenKind.API_KEY), "/api_keys/verify",
            Duration.ofMinutes(10), Duration.ofMinutes(9), Duration.ofMinutes(10)),
        Arguments.of(Named.of("OAuth token, its expiry first", TokenKind.OPAQUE_OAUTH), OAUTH_VERIFY,
            Duration.ofHours(3), Duration.ofMinutes(59), Duration.ofMinutes(61)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expiries")
  void whenCachedAnswerReachesItsExpiryThenClerkIsAskedAgain(TokenKind kind, String path, Duration ttl,
      Duration stillCached, Duration expired) {
    MutableClock clock = new MutableClock(Instant.now());
    String token = kind.mint(clerk);
    try (ClerkClient caching = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).clock(clock).machineTokenCacheTtl(ttl).build()) {
      assertThat(authenticate(caching, token, audience()).isAuthenticated()).isTrue();
      clock.advance(stillCached);
      assertThat(authenticate(caching, token, audience()).isAuthenticated()).isTrue();
      assertThat(clerk.fake().exchanges("POST", path)).as("served from the cache").hasSize(1);
      clock.advance(expired.minus(stillCached));
      authenticate(caching, token, audience());
      assertThat(clerk.fake().exchanges("POST", path)).as("asked again once expired").hasSize(2);
    }
  }

  @Test
  void whenBogusOpaqueTokenFloodThenValidCachedTokenStillServedFromCache() {
    String valid = TokenKind.API_KEY.mint(clerk);
    try (ClerkClient caching = caching()) {
      assertThat(authenticate(caching, valid, audience()).isAuthenticated()).isTrue();
      int bogus = 100;
      for (int i = 0; i < bogus; i++) {
        String garbage = String.format("ak_%032x", i);
        assertThat(authenticate(caching, garbage, audience()).getReason()).isEqualTo("token-invalid");
      }
      assertThat(authenticate(caching, valid, audience()).isAuthenticated()).isTrue();
      assertThat(authenticate(caching, String.format("ak_%032x", 7), audience()).getReason())
          .isEqualTo("token-invalid");
      assertThat(clerk.fake().exchanges("POST", "/api_keys/verify")).as("one call per distinct token")
          .hasSize(1 + bogus);
    }
  }
}
