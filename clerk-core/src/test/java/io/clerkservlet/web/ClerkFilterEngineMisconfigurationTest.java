package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.log.OperatorLog;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.LogCapture;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testing.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Our own configuration errors: 500 without Retry-After, and one SEVERE line per episode naming the setting. */
class ClerkFilterEngineMisconfigurationTest {
  private static final String WRONG_SECRET_KEY = "sk_test_" + "rejectedrejectedrejected";
  private static final String WRONG_MACHINE_KEY = "ak_" + "0123456789abcdef0123456789abcdef";
  private static final String SECRET_KEY_NAMES = "secretKey (init-param secretKey, system property clerk.secretKey, "
      + "environment variable CLERK_SECRET_KEY)";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final ClerkClients clients = new ClerkClients();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final LogCapture log = LogCapture.of(OperatorLog.CONFIG);
  private ClerkFilterEngine engine;

  @AfterEach
  void closeEngine() {
    log.close();
    if (engine != null) {
      engine.close();
    }
  }

  private ClerkFilterSettings.Builder settings() {
    return ClerkFilterSettings.builder().apiUrl(clerk.fake().apiUrl())
        .publishableKey(clerk.fake().productionPublishableKey());
  }

  private ClerkFilterEngine open(ClerkFilterSettings.Builder settings) {
    engine = ClerkFilterEngine.open(settings.build(), clients, clock);
    return engine;
  }

  private FilterDecision bearer(String token, String... headers) {
    ClerkRequest.Builder b = ClerkRequest.builder("GET", "http://app.example/api/me")
        .header("Authorization", "Bearer " + token);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return engine.decide(b.build());
  }

  @Test
  void whenSecretKeyRejectedThen500WithoutRetryAfterAndServerMisconfiguredBody() {
    open(settings().secretKey(WRONG_SECRET_KEY));
    FilterDecision d = bearer(TokenKind.SESSION_JWT.mint(clerk), "Accept", "application/json");
    assertThat(d.getRequestState().getFailureCategory()).isEqualTo(FailureCategory.MISCONFIGURED);
    assertThat(d.getResponse().getStatus()).isEqualTo(500);
    assertThat(d.getResponse().getHeaders()).doesNotContainKeys("Retry-After", "WWW-Authenticate");
    assertThat(d.getResponse().getBody())
        .isEqualTo("{\"error\":\"server_misconfigured\",\"reason\":\"secret-key-invalid\"}");
    assertThat(bearer(TokenKind.SESSION_JWT.mint(clerk)).getResponse().getBody()).isNull();
  }

  @Test
  void whenSecretKeyRejectedRepeatedlyThenOneSevereNamingTheSettingAndNeverTheKeyOrToken() {
    open(settings().secretKey(WRONG_SECRET_KEY));
    String token = TokenKind.SESSION_JWT.mint(clerk);
    for (int i = 0; i < 5; i++) {
      assertThat(bearer(token).getResponse().getStatus()).isEqualTo(500);
    }
    assertThat(log.messages(Level.SEVERE)).singleElement().asString()
        .isEqualTo("Clerk: the secret key was rejected by Clerk (secret-key-invalid): check " + SECRET_KEY_NAMES
            + ". Requests that need it are answered 500 until it is fixed.")
        .doesNotContain(WRONG_SECRET_KEY).doesNotContain(token);
  }

  @Test
  void whenOpaqueTokensMeetRejectedKeysThenEachKindNamesTheKeyItWasVerifiedWith() {
    String apiKey = TokenKind.API_KEY.mint(clerk);
    String opaqueM2m = TokenKind.OPAQUE_M2M.mint(clerk);
    open(settings().secretKey(WRONG_SECRET_KEY).acceptsToken(TokenType.API_KEY));
    assertThat(bearer(apiKey).getResponse().getStatus()).isEqualTo(500);
    engine.close();
    open(settings().secretKey(clerk.fake().secretKey()).machineSecretKey(WRONG_MACHINE_KEY)
        .acceptsToken(TokenType.M2M_TOKEN));
    assertThat(bearer(opaqueM2m).getResponse().getStatus()).isEqualTo(500);
    assertThat(log.messages(Level.SEVERE)).satisfiesExactly(
        m -> assertThat(m).contains("(secret-key-invalid): check " + SECRET_KEY_NAMES),
        m -> assertThat(m).contains("machine secret key was rejected by Clerk (secret-key-invalid) verifying an opaque"
            + " M2M token: check machineSecretKey (").contains("CLERK_MACHINE_SECRET_KEY")
            .doesNotContain(WRONG_MACHINE_KEY));
  }

  @Test
  void whenOnlyMachineSecretKeyThenWarnsAtStartAnswersJwtM2m500AndStillAcceptsOpaqueM2m() {
    String jwt = TokenKind.M2M_JWT.mint(clerk);
    String opaque = TokenKind.OPAQUE_M2M.mint(clerk);
    open(ClerkFilterSettings.builder().apiUrl(clerk.fake().apiUrl()).machineSecretKey(clerk.machine().getSecretKey())
        .acceptsToken(TokenType.M2M_TOKEN));
    assertThat(log.messages(Level.WARNING)).singleElement().asString()
        .contains("JWT-format M2M tokens cannot be verified without " + SECRET_KEY_NAMES + " or jwtKey (");
    FilterDecision d = bearer(jwt, "Accept", "application/json");
    assertThat(d.getResponse().getStatus()).isEqualTo(500);
    assertThat(d.getResponse().getBody()).contains("\"reason\":\"token-verification-failed\"");
    assertThat(bearer(opaque).isContinue()).isTrue();
    assertThat(log.messages(Level.SEVERE)).singleElement().asString()
        .startsWith("Clerk: JWT-format M2M tokens cannot be verified without a secret key or a jwtKey "
            + "(token-verification-failed): set " + SECRET_KEY_NAMES + " or jwtKey (");
  }

  @Test
  void whenSameTypeAuthenticatesThenEpisodeEndsButTheNextMessageWaitsAMinute() {
    String jwtM2m = TokenKind.M2M_JWT.mint(clerk);
    String opaque = TokenKind.OPAQUE_M2M.mint(clerk);
    open(settings().secretKey(clerk.fake().secretKey()).machineSecretKey(WRONG_MACHINE_KEY)
        .acceptsToken(io.clerkservlet.AcceptsToken.any()));
    assertThat(bearer(opaque).getResponse().getStatus()).isEqualTo(500);
    assertThat(bearer(TokenKind.SESSION_JWT.mint(clerk)).isContinue()).isTrue();
    bearer(opaque);
    assertThat(log.messages(Level.SEVERE)).as("a session token does not end an M2M episode").hasSize(1);
    assertThat(bearer(jwtM2m).isContinue()).isTrue();
    bearer(opaque);
    assertThat(log.messages(Level.SEVERE)).as("new episode, within a minute of the last message").hasSize(1);
    clock.advance(OperatorLog.DEFAULT_INTERVAL);
    bearer(opaque);
    assertThat(log.messages(Level.SEVERE)).hasSize(2);
    assertThat(log.messages(Level.SEVERE).get(1)).endsWith("(1 similar messages held back)");
  }

  @Test
  void whenEpisodeOutlastsReminderIntervalThenRemindsWithTheCountOfSilencedRequests() {
    open(settings().secretKey(WRONG_SECRET_KEY));
    for (int i = 0; i < 3; i++) {
      bearer(TokenKind.SESSION_JWT.mint(clerk));
    }
    clock.advance(ConfigurationLog.REMINDER_INTERVAL.minus(Duration.ofSeconds(1)));
    bearer(TokenKind.SESSION_JWT.mint(clerk));
    assertThat(log.messages(Level.SEVERE)).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    bearer(TokenKind.SESSION_JWT.mint(clerk));
    assertThat(log.messages(Level.SEVERE)).hasSize(2);
    assertThat(log.messages(Level.SEVERE).get(1))
        .endsWith("(still failing: 3 more requests answered 500 since the last message)");
  }

  @Test
  void whenOptionalModeThenServletRunsButTheMisconfigurationIsStillLogged() {
    open(settings().secretKey(WRONG_SECRET_KEY).mode(FilterMode.OPTIONAL));
    FilterDecision d = bearer(TokenKind.SESSION_JWT.mint(clerk));
    assertThat(d.isContinue()).isTrue();
    assertThat(d.getRequestState().getFailureCategory()).isEqualTo(FailureCategory.MISCONFIGURED);
    assertThat(log.messages(Level.SEVERE)).hasSize(1);
  }

  @Test
  void whenDevelopmentHandshakeTokenIsForgedThen401AndNoConfigurationLog() {
    String handshake = clerk.fake().tokens().handshakeToken(Arrays.asList("__session=x; Path=/"))
        .corruptSignature().sign();
    open(settings().secretKey(clerk.fake().secretKey()).publishableKey(clerk.fake().publishableKey()));
    FilterDecision d = engine.decide(ClerkRequest.builder("GET", "http://app.example/page?__clerk_handshake="
        + handshake).header("sec-fetch-dest", "document").header("accept", "application/json").build());
    assertThat(d.getResponse().getStatus()).isEqualTo(401);
    assertThat(d.getRequestState().getReason()).isEqualTo("token-invalid-signature");
    assertThat(log.messages(Level.SEVERE)).isEmpty();
  }

  @Test
  void whenClerkAnswers503ThenStays503WithRetryAfterAndNothingOnTheConfigurationLogger() {
    String apiKey = TokenKind.API_KEY.mint(clerk);
    open(settings().secretKey(clerk.fake().secretKey()).acceptsToken(TokenType.API_KEY));
    clerk.skipContractCheck();
    clerk.fake().faults().failNext(1, 503, "/api_keys/verify");
    FilterDecision d = bearer(apiKey);
    assertThat(d.getResponse().getStatus()).isEqualTo(503);
    assertThat(d.getResponse().getHeaders()).containsKey("Retry-After");
    assertThat(log.records()).isEmpty();
  }
}
