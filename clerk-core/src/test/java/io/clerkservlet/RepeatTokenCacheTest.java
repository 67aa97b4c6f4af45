package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.internal.keys.JwksCache;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.ManualExecutor;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Repeated session tokens skip the signature check, but never any claim check or key change. */
class RepeatTokenCacheTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final MutableClock clock = new MutableClock(Instant.now());
  private final ManualExecutor refreshes = new ManualExecutor();
  private ClerkClient client;
  private ClerkTokens tokens;

  @BeforeEach
  void open() {
    client = clerk.clientBuilder().clock(clock).keyRefreshExecutor(refreshes).build();
    tokens = new ClerkTokens(clerk.fake().signingKeys(), clerk.fake().frontendApi(), clock);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private TokenVerificationErrorReason reasonOf(String token, VerifyTokenOptions options) {
    try {
      client.verifyToken(token, options);
      return null;
    } catch (TokenVerificationException e) {
      return e.getReason();
    }
  }

  @Test
  void aRepeatedTokenStillExpiresOnTime() {
    String token = tokens.sessionToken("user_1").lifetime(Duration.ofSeconds(60)).sign();
    assertThat(client.verifyToken(token)).containsEntry("sub", "user_1");
    assertThat(client.verifyToken(token)).containsEntry("sub", "user_1");
    clock.advance(Duration.ofSeconds(66));
    assertThat(reasonOf(token, VerifyTokenOptions.defaults())).isEqualTo(TokenVerificationErrorReason.TOKEN_EXPIRED);
  }

  @Test
  void aRepeatedTokenIsCheckedAgainstTheOptionsOfEachCall() {
    String token = tokens.sessionToken("user_1").authorizedParty("https://a.example.com").sign();
    client.verifyToken(token);
    VerifyTokenOptions otherParty = VerifyTokenOptions.builder().authorizedParties("https://b.example.com").build();
    assertThat(reasonOf(token, otherParty)).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_AUTHORIZED_PARTIES);
    VerifyTokenOptions otherType = VerifyTokenOptions.builder().headerType("at+jwt").build();
    assertThat(reasonOf(token, otherType)).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID);
  }

  static Stream<Arguments> stricterThanTheFillingCall() {
    return Stream.of(
        Arguments.of(Named.of("audience", VerifyTokenOptions.builder().audience("https://b.example.com").build()),
            TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED),
        Arguments.of(Named.of("authorizedParties",
            VerifyTokenOptions.builder().authorizedParties("https://b.example.com").build()),
            TokenVerificationErrorReason.TOKEN_INVALID_AUTHORIZED_PARTIES),
        Arguments.of(Named.of("issuer", VerifyTokenOptions.builder().issuer("https://other.example.com").build()),
            TokenVerificationErrorReason.TOKEN_INVALID_ISSUER),
        Arguments.of(Named.of("clockSkew", VerifyTokenOptions.builder().clockSkew(Duration.ZERO).build()),
            TokenVerificationErrorReason.TOKEN_EXPIRED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stricterThanTheFillingCall")
  void whenHitWithStricterOptionsThanTheFillingCallThenRejectedAsIfUncached(VerifyTokenOptions stricter,
      TokenVerificationErrorReason expected) {
    String token = tokens.sessionToken("user_1").authorizedParty("https://a.example.com")
        .claim("aud", "https://a.example.com").lifetime(Duration.ofSeconds(60)).sign();
    VerifyTokenOptions lenient = VerifyTokenOptions.builder().audience("https://a.example.com")
        .authorizedParties("https://a.example.com").clockSkew(Duration.ofSeconds(30)).build();
    clock.advance(Duration.ofSeconds(62));
    assertThat(client.verifyToken(token, lenient)).containsEntry("sub", "user_1");
    assertThat(reasonOf(token, stricter)).isEqualTo(expected);
    try (ClerkClient uncached = clerk.clientBuilder().clock(clock).repeatTokenCache(false).build()) {
      assertThatThrownBy(() -> uncached.verifyToken(token, stricter)).isInstanceOfSatisfying(
          TokenVerificationException.class, e -> assertThat(e.getReason()).isEqualTo(expected));
    }
    assertThat(client.verifyToken(token, lenient)).containsEntry("sub", "user_1");
  }

  @Test
  void aRepeatedTokenFailsOnceItsKeyLeftTheJwks() {
    String token = tokens.sessionToken("user_1").lifetime(Duration.ofHours(1)).sign();
    client.verifyToken(token);
    clerk.fake().signingKeys().rotate();
    clerk.fake().signingKeys().retireOldest();
    clock.advance(JwksCache.TTL);
    assertThat(reasonOf(token, VerifyTokenOptions.defaults())).isNull();
    refreshes.runAll();
    assertThat(reasonOf(token, VerifyTokenOptions.defaults())).isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH);
  }

  @Test
  void aRepeatedTokenIsNotAcceptedForAnotherInstance() {
    String token = tokens.sessionToken("user_1").sign();
    client.verifyToken(token);
    VerifyTokenOptions otherInstance = VerifyTokenOptions.builder().secretKey("sk_test_other").build();
    assertThatThrownBy(() -> client.verifyToken(token, otherInstance)).isInstanceOf(TokenVerificationException.class);
    VerifyTokenOptions otherPem = VerifyTokenOptions.builder()
        .jwtKey(new io.clerkservlet.testkit.ClerkSigningKeys("ins_x").current().publicKeyPem()).build();
    assertThat(reasonOf(token, otherPem)).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE);
  }

  @Test
  void aTamperedCopyOfARememberedTokenNeverHitsItsEntry() {
    String token = tokens.sessionToken("user_1").sign();
    client.verifyToken(token);
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + tokens.sessionToken("user_admin").sign().split("\\.")[1] + "." + parts[2];
    assertThat(reasonOf(tampered, VerifyTokenOptions.defaults()))
        .isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE);
  }
}
