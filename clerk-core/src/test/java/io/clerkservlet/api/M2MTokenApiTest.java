package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import io.clerkservlet.testkit.RecordedExchange;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class M2MTokenApiTest {
  @RegisterExtension
  final ClerkFixture fixture = new ClerkFixture();
  private FakeClerkBackend fake;
  private MachineCredentials machine;
  private ClerkClient clerk;

  @BeforeEach
  void start() {
    fake = fixture.fake();
    machine = fixture.machine();
    clerk = fixture.client();
  }

  @Test
  void createThenVerifyThenRevokeRoundTripsThroughTheBackendApi() {
    M2MToken created = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .secondsUntilExpiration(600).claims(Collections.singletonMap("job", "nightly")).build());

    assertThat(created.getId()).startsWith("mt_");
    assertThat(created.getSubject()).isEqualTo(machine.getId());
    assertThat(created.getToken()).startsWith("mt_");
    assertThat(created.getClaims()).containsEntry("job", "nightly");

    M2MToken verified = clerk.m2mTokens().verify(created.getToken());
    assertThat(verified.getId()).isEqualTo(created.getId());
    assertThat(verified.isRevoked()).isFalse();

    M2MToken revoked = clerk.m2mTokens().revokeToken(RevokeM2MTokenParams.builder()
        .m2mTokenId(created.getId()).revocationReason("rotated").build());
    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.getRevocationReason()).isEqualTo("rotated");
    assertThat(clerk.m2mTokens().verify(created.getToken()).isRevoked()).isTrue();
  }

  @Test
  void createSendsTheMachineSecretKeyToTheUnversionedPathWithSnakeCaseBody() {
    clerk.m2mTokens().create(CreateM2MTokenParams.builder().secondsUntilExpiration(60)
        .minRemainingTtlSeconds(10).build());

    RecordedExchange call = fake.exchanges("POST", "/m2m_tokens").get(0);
    assertThat(call.getStatus()).isEqualTo(201);
    assertThat(call.requestHeader("Authorization")).isEqualTo("Bearer " + machine.getSecretKey());
    assertThat(call.requestHeader("Clerk-API-Version")).isEqualTo("2026-05-12");
    assertThat(call.requestHeader("User-Agent")).startsWith("clerk-servlet/");
    assertThat(call.getRequestBody()).isEqualTo("{\"seconds_until_expiration\":60,\"claims\":null,"
        + "\"min_remaining_ttl_seconds\":10,\"token_format\":\"opaque\"}");
  }

  @Test
  void createWhenNoMachineSecretKeyThenFailsBeforeAnyCall() {
    try (ClerkClient instanceOnly = ClerkClient.builder().apiUrl(fake.apiUrl())
        .secretKey(fake.secretKey()).build()) {
      assertThatThrownBy(() -> instanceOnly.m2mTokens().createToken())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(M2MTokenApi.MISSING_MACHINE_SECRET_KEY);
    }
    assertThat(fake.exchanges()).isEmpty();
  }

  @Test
  void createWithPerCallMachineSecretKeyOverridesTheClients() {
    MachineCredentials other = fake.createMachine("other");
    M2MToken token = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .machineSecretKey(other.getSecretKey()).build());
    assertThat(token.getSubject()).isEqualTo(other.getId());
  }

  @Test
  void createWithInstanceSecretKeyAsMachineKeyIsRefusedWith401() {
    assertThatThrownBy(() -> clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .machineSecretKey(fake.secretKey()).build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(401);
          assertThat(e.getCode()).isEqualTo("machine_secret_key_invalid");
        });
  }

  @Test
  void createJwtFormatGivesASignedJwt() {
    M2MToken token = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .tokenFormat(TokenFormat.JWT).build());
    assertThat(token.getToken().split("\\.")).hasSize(3);
  }

  @Test
  void verifyWhenTokenUnknownThen404ClerkApiException() {
    assertThatThrownBy(() -> clerk.m2mTokens().verifySecret("mt_unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(404);
          assertThat(e.getErrors().get(0).getLongMessage()).isEqualTo("Machine token not found");
          assertThat(e.getClerkTraceId()).isNotEmpty();
        });
  }

  @Test
  void listUsesMachineKeyAndReadsTheM2mTokensShape() {
    for (int i = 0; i < 3; i++) {
      clerk.m2mTokens().createToken();
    }
    PaginatedResourceResponse<M2MToken> page = clerk.m2mTokens().list(
        ListM2MTokensParams.builder().subject(machine.getId()).limit(2).build());

    assertThat(page.getData()).hasSize(2);
    assertThat(page.getTotalCount()).isEqualTo(3);
    RecordedExchange call = fake.exchanges("GET", "/m2m_tokens").get(0);
    assertThat(call.getRawQuery()).isEqualTo("subject=" + machine.getId() + "&limit=2");
    assertThat(call.requestHeader("Authorization")).isEqualTo("Bearer " + machine.getSecretKey());
  }

  @Test
  void listWithoutMachineKeyUsesTheInstanceSecretKey() {
    try (ClerkClient instanceOnly = ClerkClient.builder().apiUrl(fake.apiUrl())
        .secretKey(fake.secretKey()).build()) {
      instanceOnly.m2mTokens().list(ListM2MTokensParams.builder().subject(machine.getId()).build());
    }
    assertThat(fake.exchanges("GET", "/m2m_tokens").get(0).requestHeader("Authorization"))
        .isEqualTo("Bearer " + fake.secretKey());
  }

  @Test
  void paramsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateM2MTokenParams.builder().secondsUntilExpiration(0).build())
        .hasMessage("secondsUntilExpiration must be positive");
    assertThatThrownBy(() -> CreateM2MTokenParams.builder().minRemainingTtlSeconds(-1).build())
        .hasMessage("minRemainingTtlSeconds must not be negative");
    assertThatThrownBy(() -> ListM2MTokensParams.builder().build())
        .hasMessage("subject is required");
    assertThatThrownBy(() -> ListM2MTokensParams.builder().subject("mch_x").limit(101).build())
        .hasMessage("limit must be between 1 and 100");
    assertThatThrownBy(() -> RevokeM2MTokenParams.builder().build())
        .hasMessage("A valid resource ID is required.");
  }

  @Test
  void createWhenMinRemainingTtlNotBelowTheLifetimeThen400AsTheSpecDocuments() {
    assertThatThrownBy(() -> clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .secondsUntilExpiration(60).minRemainingTtlSeconds(60).build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(400);
          assertThat(e.getCode()).isEqualTo("form_param_format_invalid");
          assertThat(e.getErrors().get(0).getMeta()).containsEntry("param_name",
              "min_remaining_ttl_seconds");
        });
  }

  @Test
  void listWithAnotherMachinesKeyIsRefusedWith403() {
    MachineCredentials other = fake.createMachine("other");
    assertThatThrownBy(() -> clerk.m2mTokens().list(ListM2MTokensParams.builder()
        .subject(other.getId()).build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(403);
          assertThat(e.getCode()).isEqualTo("authorization_invalid");
        });
  }

  @Test
  void listReadsTheLargestPageTheSpecAllows() {
    clerk.m2mTokens().createToken();
    PaginatedResourceResponse<M2MToken> page = clerk.m2mTokens().list(ListM2MTokensParams.builder()
        .subject(machine.getId()).limit(ListM2MTokensParams.MAX_LIMIT).offset(0).build());
    assertThat(page.getData()).hasSize(1);
    assertThat(fake.exchanges("GET", "/m2m_tokens").get(0).getRawQuery()).contains("limit=100");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    M2MToken token = clerk.m2mTokens().createToken();
    assertThat(token.toString()).doesNotContain(token.getToken());
    assertThat(clerk.toString()).doesNotContain(fake.secretKey()).doesNotContain(machine.getSecretKey());
  }

  @Test
  void verifyOfAJwtFormatTokenIsLocalAndReturnsTheTokenFromItsClaims() {
    M2MToken created = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .tokenFormat(TokenFormat.JWT).claims(Collections.singletonMap("job", "export")).build());
    fake.clearExchanges();

    M2MToken verified = clerk.m2mTokens().verify(created.getToken());

    assertThat(verified.getId()).isEqualTo(created.getId());
    assertThat(verified.getSubject()).isEqualTo(machine.getId());
    assertThat(verified.getClaims()).containsEntry("job", "export");
    assertThat(verified.isExpired()).isFalse();
    assertThat(fake.exchanges("POST", "/m2m_tokens/verify")).isEmpty();
  }

  @Test
  void verifyOfATamperedJwtThrowsTokenVerificationException() {
    String jwt = fake.tokens().m2mJwt(machine.getId()).corruptSignature().sign();
    assertThatThrownBy(() -> clerk.m2mTokens().verify(jwt))
        .isInstanceOfSatisfying(io.clerkservlet.TokenVerificationException.class, e -> {
          assertThat(e.getReason()).isEqualTo(io.clerkservlet.TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED);
          assertThat(e.getMessage()).isEqualTo("JWT signature is invalid.");
        });
  }
}
