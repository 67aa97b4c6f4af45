package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clerkservlet.testing.ClerkFixture;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 rule 5: every key verifies RS256 only. {@code @clerk/backend} 3.25 imports each key (JWKS
 * or {@code jwtKey}) for RS256, so a token signed with RS384 or RS512 by the instance's own key
 * fails at the key with {@code token-verification-failed}. The tokens here are signed by the
 * fake's real key, so only the algorithm rule rejects them.
 */
class SessionTokenAlgorithmTest {
  private static final String KEY_MISMATCH = "Error: JWK \"alg\" does not match the requested algorithm";
  private static final String SESSION_MESSAGE = "Error verifying JWT signature. " + KEY_MISMATCH;
  private static final String USER = "user_2abcdefghijklmnopqrstuvwxyz";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  enum KeySource { JWKS, JWT_KEY }

  static Stream<Arguments> otherRsaAlgorithmsAndKeySources() {
    List<Arguments> cases = new java.util.ArrayList<>();
    for (String alg : Arrays.asList("RS384", "RS512")) {
      for (KeySource source : KeySource.values()) {
        cases.add(Arguments.of(alg, source));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("otherRsaAlgorithmsAndKeySources")
  void whenSessionTokenIsRs384OrRs512ThenTokenVerificationFailedAsTheJs(String alg, KeySource source) {
    try (ClerkClient client = client(source)) {
      assertThat(client.verifyToken(clerk.fake().tokens().sessionToken(USER).sign())).as("RS256")
          .containsEntry("sub", USER);

      TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
          () -> client.verifyToken(clerk.fake().tokens().sessionToken(USER).algorithm(alg).sign()));

      assertThat(e).as("a validly signed " + alg + " token must not verify").isNotNull();
      assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED);
      assertThat(e.getFullMessage("header")).isEqualTo(SESSION_MESSAGE
          + " Make sure that this is a valid Clerk-generated JWT. (reason=token-verification-failed, "
          + "token-carrier=header)");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS384", "RS512"})
  void whenHeaderSessionTokenIsRs384OrRs512ThenSignedOutTokenVerificationFailed(String alg) {
    try (ClerkClient client = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build()) {
      RequestState state = client.authenticateRequest(ClerkRequest.builder("GET", "https://app.example.com/")
          .header("Authorization", "Bearer " + clerk.fake().tokens().sessionToken(USER).algorithm(alg).sign())
          .build());

      assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
      assertThat(state.getReason()).isEqualTo("token-verification-failed");
      assertThat(state.getMessage()).startsWith(SESSION_MESSAGE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS384", "RS512"})
  void whenM2mJwtIsRs384OrRs512ThenTokenVerificationFailedAsTheJs(String alg) {
    String token = clerk.fake().tokens().m2mJwt(clerk.machine().getId()).algorithm(alg).sign();

    RequestState state = clerk.client().authenticateRequest(ClerkRequest.builder("POST", "https://api.example.com/")
        .header("Authorization", "Bearer " + token).build(),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.parse("m2m_token")).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("token-verification-failed");
    assertThat(state.getMessage()).startsWith(SESSION_MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS384", "RS512"})
  void whenDevelopmentHandshakeTokenIsRs384OrRs512ThenTheCallFailsWithTheJsMessage(String alg) {
    String session = clerk.fake().tokens().sessionToken(USER).sign();
    String handshake = clerk.fake().tokens().handshakeToken(Arrays.asList("__session=" + session + "; Path=/"))
        .algorithm(alg).sign();
    try (ClerkClient development = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build()) {
      assertThatThrownBy(() -> development.authenticateRequest(ClerkRequest.builder("GET",
          "http://app.example.test/?__clerk_handshake=" + handshake).header("sec-fetch-dest", "document").build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Clerk: Handshake token verification failed: Error verifying handshake token. " + KEY_MISMATCH
              + " (reason=token-verification-failed).");
    }
  }

  @Test
  void whenHeaderAlgorithmIsNotRsaThenStillTokenInvalidAlgorithmBeforeTheKey() {
    TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
        () -> clerk.client().verifyToken(clerk.fake().tokens().sessionToken(USER).algorithm("HS256")
            .hmacSigned(new byte[32]).sign()));

    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID_ALGORITHM);
    assertThat(e.getMessage()).isEqualTo("Invalid JWT algorithm \"HS256\". Supported: RS256,RS384,RS512.");
  }

  private ClerkClient client(KeySource source) {
    return source == KeySource.JWKS ? clerk.clientBuilder().build()
        : ClerkClient.builder().apiUrl("http://127.0.0.1:9").jwtKey(clerk.fake().jwtKeyPem()).build();
  }
}
