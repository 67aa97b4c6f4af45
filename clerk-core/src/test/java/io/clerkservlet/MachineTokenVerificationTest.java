package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.api.RevokeM2MTokenParams;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.TokenKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MachineTokenVerificationTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private RequestState authenticate(ClerkClient client, String token) {
    return client.authenticateRequest(
        ClerkRequest.builder("POST", "https://api.example.com/jobs").header("Authorization", "Bearer " + token).build(),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.any())
            .publishableKey(clerk.fake().productionPublishableKey()).build());
  }

  private RequestState authenticate(String token) {
    return authenticate(clerk.client(), token);
  }

  static Stream<Arguments> unknownOpaqueTokens() {
    return Stream.of(
        Arguments.of("mt_" + "0".repeat(32), TokenType.M2M_TOKEN, "/m2m_tokens/verify", "Machine token not found"),
        Arguments.of("ak_" + "0".repeat(32), TokenType.API_KEY, "/api_keys/verify", "API key not found"),
        Arguments.of("oat_" + "0".repeat(32), TokenType.OAUTH_TOKEN, "/oauth_applications/access_tokens/verify",
            "OAuth token not found"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unknownOpaqueTokens")
  void verifyWhenClerkAnswers404ThenTokenInvalidWithTheTypesMessage(String token, TokenType type, String path,
      String notFound) {
    RequestState state = authenticate(token);
    assertThat(state.getTokenType()).isEqualTo(type);
    assertThat(state.getReason()).isEqualTo("token-invalid");
    assertThat(state.getMessage()).isEqualTo(notFound + " (code=token-invalid, status=404)");
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.INVALID_TOKEN);
    assertThat(clerk.fake().exchanges("POST", path)).hasSize(1);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unknownOpaqueTokens")
  void verifyWhenClerkIsDownThenUnexpectedErrorThatMeansServiceUnavailable(String token, TokenType type, String path) {
    clerk.fake().faults().failNext(1, 503, path);
    RequestState state = authenticate(token);
    assertThat(state.getReason()).isEqualTo("unexpected-error");
    assertThat(state.getMessage()).isEqualTo("Unexpected error (code=unexpected-error, status=503)");
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.SERVICE_UNAVAILABLE);
  }

  @Test
  void verifyWhenConnectionDropsThenStatusNotAvailable() {
    String token = TokenKind.OPAQUE_M2M.mint(clerk);
    clerk.fake().faults().dropNext(1);
    RequestState state = authenticate(token);
    assertThat(state.getMessage()).isEqualTo("Unexpected error (code=unexpected-error, status=n/a)");
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.SERVICE_UNAVAILABLE);
  }

  @Test
  void verifyWithAWrongSecretKeyThenSecretKeyInvalidWhichIsAMisconfiguration() {
    String apiKey = TokenKind.API_KEY.mint(clerk);
    try (ClerkClient wrong = ClerkClient.builder().apiUrl(clerk.fake().apiUrl()).secretKey("sk_test_wrong").build()) {
      RequestState state = authenticate(wrong, apiKey);
      assertThat(state.getReason()).isEqualTo("secret-key-invalid");
      assertThat(state.getMessage()).endsWith("(code=secret-key-invalid, status=401)");
      assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.MISCONFIGURED);
    }
  }

  @Test
  void opaqueM2mTokensAreVerifiedWithTheMachineSecretKeyWhenConfigured() {
    authenticate(TokenKind.OPAQUE_M2M.mint(clerk));
    try (ClerkClient instanceOnly = clerk.clientBuilder().build()) {
      authenticate(instanceOnly, TokenKind.OPAQUE_M2M.mint(clerk));
    }
    List<io.clerkservlet.testkit.RecordedExchange> calls = clerk.fake().exchanges("POST", "/m2m_tokens/verify");
    assertThat(calls.get(0).requestHeader("Authorization")).isEqualTo("Bearer " + clerk.machine().getSecretKey());
    assertThat(calls.get(0).getRequestBody()).startsWith("{\"token\":\"mt_");
    assertThat(calls.get(1).requestHeader("Authorization")).isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void revokedTokenThatClerkStillAnswersWith200IsNotAuthenticated() {
    M2MToken token = clerk.client().m2mTokens().createToken();
    clerk.client().m2mTokens().revokeToken(RevokeM2MTokenParams.builder().m2mTokenId(token.getId()).build());
    RequestState state = authenticate(token.getToken());
    assertThat(state.getReason()).isEqualTo("token-invalid");
    assertThat(state.getMessage()).isEqualTo("Machine token has been revoked (code=token-invalid, status=200)");
  }

  @Test
  void concurrentChecksOfOneOpaqueTokenShareOneCall() throws Exception {
    String token = TokenKind.OPAQUE_M2M.mint(clerk);
    clerk.fake().faults().delayNext(1, Duration.ofMillis(800), "/m2m_tokens/verify");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<RequestState>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return authenticate(token);
        }));
      }
      start.countDown();
      for (Future<RequestState> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS).isAuthenticated()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(clerk.fake().exchanges("POST", "/m2m_tokens/verify")).hasSize(1);
  }

  @Test
  void notFoundAnswersAreRememberedBrieflySoGarbageIsNotForwarded() {
    for (int i = 0; i < 5; i++) {
      assertThat(authenticate("ak_" + "f".repeat(32)).getReason()).isEqualTo("token-invalid");
    }
    assertThat(clerk.fake().exchanges("POST", "/api_keys/verify")).hasSize(1);
  }

  @Test
  void validOpaqueTokensAreAskedAgainUnlessThePositiveCacheIsOn() {
    String token = TokenKind.OPAQUE_OAUTH.mint(clerk);
    authenticate(token);
    authenticate(token);
    assertThat(clerk.fake().exchanges("POST", "/oauth_applications/access_tokens/verify")).hasSize(2);

    try (ClerkClient caching = clerk.clientBuilder().machineTokenCacheTtl(Duration.ofMinutes(1)).build()) {
      authenticate(caching, token);
      authenticate(caching, token);
    }
    assertThat(clerk.fake().exchanges("POST", "/oauth_applications/access_tokens/verify")).hasSize(3);
  }

  @Test
  void failuresOtherThanNotFoundAreNeverCached() {
    String token = TokenKind.OPAQUE_M2M.mint(clerk);
    clerk.fake().faults().failNext(1, 500, "/m2m_tokens/verify");
    try (ClerkClient caching = clerk.clientBuilder().machineSecretKey(clerk.machine().getSecretKey())
        .machineTokenCacheTtl(Duration.ofMinutes(1)).build()) {
      assertThat(authenticate(caching, token).getReason()).isEqualTo("unexpected-error");
      assertThat(authenticate(caching, token).isAuthenticated()).isTrue();
    }
  }

  @Test
  void m2mJwtsAreVerifiedLocallyWithoutAnyVerifyCall() {
    String token = TokenKind.M2M_JWT.mint(clerk);
    clerk.fake().clearExchanges();
    RequestState state = authenticate(token);
    assertThat(state.isAuthenticated()).isTrue();
    assertThat(state.toAuth().getMachineId()).isEqualTo(clerk.machine().getId());
    assertThat(clerk.fake().exchanges("POST", "/m2m_tokens/verify")).isEmpty();
  }

  @Test
  void m2mJwtWithOnlyAMachineSecretKeyIsAMisconfigurationWhileOpaqueM2mTokensStillVerify() {
    String jwt = TokenKind.M2M_JWT.mint(clerk);
    String opaque = TokenKind.OPAQUE_M2M.mint(clerk);
    clerk.fake().clearExchanges();
    try (ClerkClient machineOnly = ClerkClient.builder().apiUrl(clerk.fake().apiUrl())
        .machineSecretKey(clerk.machine().getSecretKey()).build()) {
      AuthenticateRequestOptions m2m = AuthenticateRequestOptions.builder().acceptsToken(TokenType.M2M_TOKEN).build();
      RequestState state = machineOnly.authenticateRequest(ClerkRequest.builder("POST", "https://api.example.com/jobs")
          .header("Authorization", "Bearer " + jwt).build(), m2m);
      assertThat(state.getReason()).isEqualTo("token-verification-failed");
      assertThat(state.getMessage()).startsWith("Failed to resolve JWK during verification.");
      assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.MISCONFIGURED);
      assertThat(machineOnly.authenticateRequest(ClerkRequest.builder("POST", "https://api.example.com/jobs")
          .header("Authorization", "Bearer " + opaque).build(), m2m).isAuthenticated()).isTrue();
    }
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).isEmpty();
  }

  @Test
  void m2mJwtWithAnotherCategoryIsTokenInvalidBeforeAnyKeyFetch() {
    String token = clerk.fake().tokens().m2mJwt(clerk.machine().getId()).category("cl_B7d4PD111AAA").sign();
    RequestState state = authenticate(token);
    assertThat(state.getReason()).isEqualTo("token-invalid");
    assertThat(state.getMessage()).isEqualTo("Invalid M2M JWT category. (code=token-invalid, status=n/a)");
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).isEmpty();
  }

  @Test
  void expiredM2mJwtIsTokenVerificationFailed() {
    String token = clerk.fake().tokens().m2mJwt(clerk.machine().getId())
        .issuedAt(java.time.Instant.now().minus(Duration.ofHours(2))).lifetime(Duration.ofMinutes(1)).sign();
    RequestState state = authenticate(token);
    assertThat(state.getReason()).isEqualTo("token-verification-failed");
    assertThat(state.getMessage()).startsWith("JWT is expired.");
  }

  @Test
  void oauthJwtAudienceIsRequiredOnceAnAudienceIsConfigured() {
    String noAud = TokenKind.OAUTH_JWT.mint(clerk);
    RequestState state = clerk.client().authenticateRequest(
        ClerkRequest.builder("GET", "https://api.example.com/").header("Authorization", "Bearer " + noAud).build(),
        AuthenticateRequestOptions.builder().acceptsToken(TokenType.OAUTH_TOKEN).audience("https://api.example.com").build());
    assertThat(state.getReason()).isEqualTo("token-verification-failed");
    assertThat(state.getMessage()).startsWith("Invalid OAuth audience claim (aud) undefined.");
  }

  @Test
  void prefixedTokenInJwtShapeThatDoesNotDecodeIsTokenInvalid() {
    RequestState state = authenticate("mt_abc.def.ghi");
    assertThat(state.getTokenType()).isEqualTo(TokenType.M2M_TOKEN);
    assertThat(state.getReason()).isEqualTo("token-invalid");
    assertThat(state.getMessage()).isEqualTo("Invalid JWT form. The header, payload, or signature could not be "
        + "decoded. (code=token-invalid, status=n/a)");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }
}
