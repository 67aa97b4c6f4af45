package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.MachineCredentials;
import io.clerkservlet.testkit.RecordedExchange;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 rule 7: {@code m2mTokens().verify} verifies locally only what {@code @clerk/backend}'s
 * {@code isM2MJwt} calls an M2M JWT (it decodes and its {@code sub} starts with {@code mch_});
 * every other token, JWT-shaped or not, goes to Clerk, with the per-call machine secret key of
 * {@link VerifyM2MTokenParams} as bearer.
 */
class M2MTokenVerifyRoutingTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  static Stream<Arguments> jwtsThatAreNotM2MJwts() {
    return Stream.of(
        notM2M("session token", f -> f.fake().tokens().sessionToken("user_1").sign()),
        notM2M("OAuth JWT", f -> f.fake().tokens().oauthJwt("user_1", "client_app").sign()),
        notM2M("M2M category but a user subject", f -> f.fake().tokens().m2mJwt(f.machine().getId())
            .claim("sub", "user_1").sign()),
        notM2M("numeric subject", f -> f.fake().tokens().m2mJwt(f.machine().getId()).claim("sub", 7).sign()),
        notM2M("M2M JWT with a non-canonical signature", f -> nonCanonicalSignature(
            f.fake().tokens().m2mJwt(f.machine().getId()).sign())),
        notM2M("payload not JSON", f -> "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jwtsThatAreNotM2MJwts")
  void whenJwtIsNotAnM2MJwtThenClerkIsAskedAndAnswers404(String name, Function<ClerkFixture, String> mint) {
    String token = mint.apply(clerk);
    clerk.fake().clearExchanges();

    assertThatThrownBy(() -> clerk.client().m2mTokens().verify(token))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));

    List<RecordedExchange> calls = clerk.fake().exchanges("POST", "/m2m_tokens/verify");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).getRequestBody()).contains(token);
  }

  @Test
  void whenTokenIsAnM2MJwtThenVerifiedLocallyEvenWithAPerCallKey() {
    String jwt = clerk.fake().tokens().m2mJwt(clerk.machine().getId()).sign();
    clerk.fake().clearExchanges();

    M2MToken verified = clerk.client().m2mTokens().verifySecret(VerifyM2MTokenParams.builder().token(jwt)
        .machineSecretKey("ak_unused").build());

    assertThat(verified.getSubject()).isEqualTo(clerk.machine().getId());
    assertThat(clerk.fake().exchanges("POST", "/m2m_tokens/verify")).as("no call to Clerk").isEmpty();
    assertThat(clerk.fake().exchanges()).extracting(RecordedExchange::getPath).containsOnly("/v1/jwks");
  }

  @Test
  void whenVerifySecretHasAPerCallMachineSecretKeyThenItIsTheBearer() {
    MachineCredentials other = clerk.fake().createMachine("other-worker");
    String opaque = clerk.client().m2mTokens().createToken().getToken();
    try (ClerkClient instanceOnly = clerk.clientBuilder().build()) {
      M2MToken withKey = instanceOnly.m2mTokens().verifySecret(VerifyM2MTokenParams.builder().token(opaque)
          .machineSecretKey(other.getSecretKey()).build());
      M2MToken withoutKey = instanceOnly.m2mTokens().verify(opaque);

      assertThat(withKey.getId()).isEqualTo(withoutKey.getId());
    }
    List<RecordedExchange> calls = clerk.fake().exchanges("POST", "/m2m_tokens/verify");
    assertThat(calls).extracting(c -> c.requestHeader("Authorization"))
        .containsExactly("Bearer " + other.getSecretKey(), "Bearer " + clerk.fake().secretKey());
  }

  @Test
  void paramsNeedATokenAndNeverShowIt() {
    assertThatThrownBy(() -> VerifyM2MTokenParams.builder().build()).hasMessage("token is required");
    assertThatThrownBy(() -> VerifyM2MTokenParams.builder().token("").build()).hasMessage("token is required");
    assertThat(VerifyM2MTokenParams.builder().token("mt_secret").machineSecretKey("ak_secret").build().toString())
        .doesNotContain("mt_secret").doesNotContain("ak_secret");
  }

  private static String nonCanonicalSignature(String jwt) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(jwt.charAt(jwt.length() - 1));
    return jwt.substring(0, jwt.length() - 1) + alphabet.charAt(last | 1);
  }

  private static Arguments notM2M(String name, Function<ClerkFixture, String> mint) {
    return Arguments.of(name, mint);
  }
}
