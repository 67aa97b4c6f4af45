package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.SessionTokens;
import io.clerkservlet.testkit.ClerkSigningKeys;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyTokenTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private SessionTokens token() {
    SigningKey key = clerk.fake().signingKeys().current();
    return SessionTokens.sessionToken(key.kid(), key.privateKey(), Clock.systemUTC(),
        "https://" + clerk.fake().frontendApi());
  }

  private TokenVerificationException failure(String token, VerifyTokenOptions options) {
    try {
      clerk.client().verifyToken(token, options);
    } catch (TokenVerificationException e) {
      return e;
    }
    throw new AssertionError("token verified but should not have");
  }

  @Test
  void verifyWhenValidThenReturnsClaimsUsingTheJwksFetchedOnce() {
    Map<String, Object> claims = clerk.client().verifyToken(token().build());
    clerk.client().verifyToken(token().claim("sub", "user_other").build());

    assertThat(claims).containsEntry("sub", "user_2abcdefghijklmnopqrstuvwxyz")
        .containsEntry("sid", "sess_2abcdefghijklmnopqrstuvwxyz");
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).hasSize(1);
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks").get(0).requestHeader("Authorization"))
        .isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void verifyWithJwtKeyIsNetworkless() {
    String pem = clerk.fake().signingKeys().current().publicKeyPem();
    try (ClerkClient networkless = ClerkClient.builder().apiUrl("http://127.0.0.1:9").jwtKey(pem).build()) {
      assertThat(networkless.verifyToken(token().build())).containsKey("sub");
    }
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void verifyWhenTokenIsBadThenFailsWithClerksReasonAndMessage(String name,
      UnaryOperator<SessionTokens> change, TokenVerificationErrorReason reason, String messageStart) {
    TokenVerificationException e = failure(change.apply(token()).build(), VerifyTokenOptions.defaults());
    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getMessage()).startsWith(messageStart);
  }

  static Stream<Arguments> badTokens() {
    long now = System.currentTimeMillis() / 1000;
    return Stream.of(
        bad("wrong typ", t -> t.header("typ", "at+jwt"), TokenVerificationErrorReason.TOKEN_INVALID,
            "Invalid JWT type \"at+jwt\". Expected \"JWT\"."),
        bad("alg none", t -> t.header("alg", "none"), TokenVerificationErrorReason.TOKEN_INVALID_ALGORITHM,
            "Invalid JWT algorithm \"none\". Supported: RS256,RS384,RS512."),
        bad("alg HS256", t -> t.header("alg", "HS256"), TokenVerificationErrorReason.TOKEN_INVALID_ALGORITHM,
            "Invalid JWT algorithm \"HS256\"."),
        bad("alg RS512 (every key is RS256)", t -> t.header("alg", "RS512"),
            TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Error verifying JWT signature. Error: JWK \"alg\" does not match the requested algorithm"),
        bad("M2M category", t -> t.header("cat", "cl_B7d4PD333AAA"), TokenVerificationErrorReason.TOKEN_INVALID,
            "Invalid session token category."),
        bad("critical header", t -> t.header("crit", Arrays.asList("exp")), TokenVerificationErrorReason.TOKEN_INVALID,
            "Invalid JWT header. Critical header parameters (crit) are not supported."),
        bad("no sub", t -> t.withoutClaim("sub"), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Subject claim (sub) is required and must be a string. Received undefined."),
        bad("numeric sub", t -> t.claim("sub", 42), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Subject claim (sub) is required and must be a string. Received 42."),
        bad("exp not a number", t -> t.claim("exp", "soon"), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Invalid JWT expiry date claim (exp) \"soon\". Expected number."),
        bad("no exp", t -> t.withoutClaim("exp"), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Invalid JWT expiry date claim (exp) undefined. Expected number."),
        bad("expired beyond skew", t -> t.claim("exp", now - 6), TokenVerificationErrorReason.TOKEN_EXPIRED,
            "JWT is expired. Expiry date: "),
        bad("nbf not a number", t -> t.claim("nbf", true), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Invalid JWT not before date claim (nbf) true. Expected number."),
        bad("nbf in the future", t -> t.claim("nbf", now + 60), TokenVerificationErrorReason.TOKEN_NOT_ACTIVE_YET,
            "JWT cannot be used prior to not before date claim (nbf)."),
        bad("iat not a number", t -> t.claim("iat", "x"), TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
            "Invalid JWT issued at date claim (iat) \"x\". Expected number."),
        bad("iat in the future", t -> t.claim("iat", now + 60), TokenVerificationErrorReason.TOKEN_IAT_IN_THE_FUTURE,
            "JWT issued at date claim (iat) is in the future."),
        bad("signed by another key", t -> t.signedWith(ClerkSigningKeys.generate().getPrivate()),
            TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE, "JWT signature is invalid."),
        bad("bad signature beats expiry", t -> t.claim("exp", now - 600)
            .signedWith(ClerkSigningKeys.generate().getPrivate()),
            TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE, "JWT signature is invalid."),
        bad("unknown kid", t -> t.header("kid", "ins_forged"), TokenVerificationErrorReason.JWK_KID_MISMATCH,
            "Unable to find a signing key in JWKS that matches the kid='ins_forged' of the provided session token."),
        bad("no kid", t -> t.withoutHeader("kid"), TokenVerificationErrorReason.JWK_KID_MISMATCH,
            "Unable to find a signing key in JWKS that matches the kid='undefined'"));
  }

  private static Arguments bad(String name, UnaryOperator<SessionTokens> change,
      TokenVerificationErrorReason reason, String message) {
    return Arguments.of(name, change, reason, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedTokens")
  void verifyWhenTokenIsMalformedThenTokenInvalidWithoutAnyCall(String name, String token, String message) {
    TokenVerificationException e = failure(token, VerifyTokenOptions.defaults());
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  static Stream<Arguments> malformedTokens() {
    String parts = "Invalid JWT form. A JWT consists of three parts separated by dots.";
    String decode = "Invalid JWT form. The header, payload, or signature could not be decoded.";
    String header = SessionTokens.b64("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String payload = SessionTokens.b64("{\"sub\":\"user_1\"}".getBytes(StandardCharsets.UTF_8));
    String padded = Base64.getUrlEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("empty", "", parts),
        Arguments.of("two parts", header + "." + payload, parts),
        Arguments.of("four parts", header + "." + payload + ".c2ln.eA", parts),
        Arguments.of("not base64url", header + ".***." + "c2ln", decode),
        Arguments.of("standard base64 alphabet", header + ".a+b/." + "c2ln", decode),
        Arguments.of("padding", padded + "." + payload + ".c2ln", decode),
        Arguments.of("payload not JSON", header + "." + SessionTokens.b64("nope".getBytes(StandardCharsets.UTF_8))
            + ".c2ln", decode),
        Arguments.of("payload an array", header + "." + SessionTokens.b64("[1]".getBytes(StandardCharsets.UTF_8))
            + ".c2ln", decode),
        Arguments.of("duplicate claim", header + "."
            + SessionTokens.b64("{\"sub\":\"a\",\"sub\":\"b\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln", decode),
        Arguments.of("oversized", header + "." + "A".repeat(20_000) + ".c2ln",
            "Invalid JWT form. The token is longer than 16384 characters."));
  }

  @Test
  void verifyChecksAzpIssuerAndAudienceWhenConfigured() {
    String token = token().claim("aud", Arrays.asList("api-a", "api-b")).build();
    VerifyTokenOptions parties = VerifyTokenOptions.builder().authorizedParties("https://other.example.com").build();
    assertThat(failure(token, parties).getMessage()).isEqualTo(
        "Invalid JWT Authorized party claim (azp) \"https://app.example.com\". Expected \"https://other.example.com\".");
    assertThat(failure(token().withoutClaim("azp").build(), parties).getReason())
        .isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_AUTHORIZED_PARTIES);

    VerifyTokenOptions issuer = VerifyTokenOptions.builder().issuer("https://clerk.other.test").build();
    assertThat(failure(token, issuer).getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_ISSUER);

    VerifyTokenOptions audience = VerifyTokenOptions.builder().audience("api-c").build();
    assertThat(failure(token, audience).getMessage())
        .isEqualTo("Invalid JWT audience claim array (aud) [\"api-a\",\"api-b\"]. Is not included in \"[\"api-c\"]\".");
    assertThat(clerk.client().verifyToken(token, VerifyTokenOptions.builder().audience("api-b")
        .authorizedParties("https://app.example.com").issuer("https://" + clerk.fake().frontendApi()).build()))
        .containsKey("sub");
  }

  @Test
  void verifyAcceptsExpiryWithinTheClockSkewAndRejectsItWithZeroSkew() {
    long now = System.currentTimeMillis() / 1000;
    String token = token().claim("exp", now - 2).build();
    assertThat(clerk.client().verifyToken(token)).containsKey("sub");
    assertThat(failure(token, VerifyTokenOptions.builder().clockSkew(java.time.Duration.ZERO).build()).getReason())
        .isEqualTo(TokenVerificationErrorReason.TOKEN_EXPIRED);
  }

  @Test
  void verifyM2mCategoryIsRejectedBeforeAnyKeyFetch() {
    failure(token().header("cat", "cl_B7d4PD333AAA").build(), VerifyTokenOptions.defaults());
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void verifyWhenNoKeyConfiguredThenJwkFailedToResolve() {
    try (ClerkClient keyless = ClerkClient.builder().apiUrl(clerk.fake().apiUrl()).build()) {
      assertThatThrownBy(() -> keyless.verifyToken(token().build()))
          .isInstanceOfSatisfying(TokenVerificationException.class, e -> {
            assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.JWK_FAILED_TO_RESOLVE);
            assertThat(e.getFullMessage("header")).isEqualTo("Failed to resolve JWK during verification. "
                + "Set the CLERK_JWT_KEY environment variable. (reason=jwk-failed-to-resolve, token-carrier=header)");
          });
    }
  }

  @Test
  void verifyWithWrongSecretKeyThenSecretKeyInvalidWhichIsAMisconfiguration() {
    VerifyTokenOptions wrongKey = VerifyTokenOptions.builder().secretKey("sk_test_wrong").build();
    TokenVerificationException e = failure(token().build(), wrongKey);
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.SECRET_KEY_INVALID);
    assertThat(e.getReason().getCategory()).isEqualTo(FailureCategory.MISCONFIGURED);
  }

  @Test
  void verifyWithBadPemThenJwkLocalMissing() {
    VerifyTokenOptions badPem = VerifyTokenOptions.builder().jwtKey("not a key").build();
    assertThat(failure(token().build(), badPem).getReason()).isEqualTo(TokenVerificationErrorReason.JWK_LOCAL_MISSING);
  }

  @Test
  void verifyTokenOfAnotherInstanceNeverVerifies() {
    SigningKey foreign = new ClerkSigningKeys("ins_other").current();
    String token = SessionTokens.sessionToken(clerk.fake().signingKeys().current().kid(), foreign.privateKey(),
        Clock.systemUTC(), "https://clerk.other.test").build();
    assertThat(failure(token, VerifyTokenOptions.defaults()).getReason())
        .isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE);
    String ownKid = SessionTokens.sessionToken(foreign.kid(), foreign.privateKey(), Clock.systemUTC(),
        "https://clerk.other.test").build();
    assertThat(failure(ownKid, VerifyTokenOptions.defaults()).getReason())
        .isEqualTo(TokenVerificationErrorReason.JWK_KID_MISMATCH);
  }
}
