package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.auth.MachineAuthObject;
import io.clerkservlet.auth.SignedOutAuthObject;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.TokenKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateRequestTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private static ClerkRequest withAuthorization(String value) {
    return ClerkRequest.builder("GET", "https://app.example.com/api").header("Authorization", value).build();
  }

  private static AuthenticateRequestOptions accepting(String acceptsToken) {
    return AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.parse(acceptsToken)).build();
  }

  @Test
  void signedInSessionGivesTheUserSessionAndNoHeaders() {
    String token = TokenKind.SESSION_JWT.mint(clerk);
    RequestState state = clerk.client().authenticateRequest(withAuthorization("Bearer " + token));

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.getReason()).isNull();
    assertThat(state.getMessage()).isNull();
    assertThat(state.getFailureCategory()).isNull();
    assertThat(state.getHeaders()).isEmpty();
    assertThat(state.toString()).doesNotContain(token);
    AuthObject auth = state.toAuth();
    assertThat(auth.getUserId()).isEqualTo(TokenKind.USER);
    assertThat(auth.getSessionId()).startsWith("sess_");
    assertThat(auth.getToken()).isEqualTo(token);
  }

  @Test
  void bareTokenWithoutSchemeIsAccepted() {
    String token = TokenKind.SESSION_JWT.mint(clerk);
    assertThat(clerk.client().authenticateRequest(withAuthorization(token)).isAuthenticated()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwYXNz", "bearer abc.def.ghi", "Token abc"})
  void otherSchemesAreIgnoredAndTheRequestHasNoToken(String header) {
    RequestState state = clerk.client().authenticateRequest(withAuthorization(header), accepting("m2m_token"));
    assertThat(state.getReason()).isEqualTo("No token in header");
    assertThat(state.getTokenType()).isEqualTo(TokenType.M2M_TOKEN);
    assertThat(state.getMessage()).isEmpty();
  }

  @Test
  void noTokenWithSessionAcceptedOnProductionGivesSessionTokenAndUatMissing() {
    try (ClerkClient production = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).build()) {
      RequestState state = production.authenticateRequest(ClerkRequest.builder("GET", "https://app.example.com/").build());
      assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
      assertThat(state.toAuth()).isInstanceOf(SignedOutAuthObject.class);
      assertThat(state.getHeaders()).containsEntry("x-clerk-auth-status", java.util.List.of("signed-out"))
          .containsEntry("x-clerk-auth-reason", java.util.List.of("session-token-and-uat-missing"))
          .doesNotContainKey("x-clerk-auth-message");
    }
  }

  @Test
  void noTokenWithSessionAcceptedAndNoPublishableKeyIsAConfigurationError() {
    try (ClerkClient withoutPublishableKey = clerk.clientBuilder().build()) {
      assertThatThrownBy(() -> withoutPublishableKey.authenticateRequest(ClerkRequest.builder("GET",
          "https://app.example.com/").build())).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Publishable key is missing.");
    }
  }

  @Test
  void noTokenWithAMachineOnlyListGivesTheInvalidTokenState() {
    RequestState state = clerk.client().authenticateRequest(
        ClerkRequest.builder("GET", "https://app.example.com/").build(), accepting("[m2m_token,api_key]"));
    assertThat(state.getReason()).isEqualTo("token-type-mismatch");
    assertThat(state.getTokenType()).isNull();
    assertThat(state.toAuth().getTokenType()).isNull();
  }

  static Stream<Arguments> badHeaders() {
    return Stream.of(
        Arguments.of("garbage", "Bearer not-a-token", "token-invalid"),
        Arguments.of("oversized JWT", "Bearer " + "a".repeat(20_000) + ".b.c", "token-invalid"),
        Arguments.of("non-ASCII", "Bearer eyJ\u00e9.eyJ.sig", "token-invalid"),
        Arguments.of("control characters", "Bearer a\u0000b.c.d", "token-invalid"),
        Arguments.of("empty bearer", "Bearer ", "token-invalid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badHeaders")
  void malformedHeadersGiveSignedOutNeverAnException(String name, String header, String reason) {
    RequestState state = clerk.client().authenticateRequest(withAuthorization(header));
    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo(reason);
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.INVALID_TOKEN);
  }

  @Test
  void duplicatedAuthorizationHeadersAreJoinedAndRejected() {
    String token = TokenKind.SESSION_JWT.mint(clerk);
    ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/api")
        .header("Authorization", "Bearer " + token).header("Authorization", "Bearer " + token).build();
    RequestState state = clerk.client().authenticateRequest(request);
    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("token-invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ak_", "mt_", "oat_"})
  void oversizedOrControlCharacterOpaqueTokensAreNeverSentToClerk(String prefix) {
    RequestState longOne = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + prefix + "x".repeat(5000)), accepting("any"));
    RequestState control = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + prefix + "a\u0001b"), accepting("any"));
    assertThat(longOne.getReason()).isEqualTo("token-invalid");
    assertThat(control.getReason()).isEqualTo("token-invalid");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void sessionExpiredInHeaderOnAnApiCallIsSignedOutWithTheRefreshReason() {
    long past = System.currentTimeMillis() / 1000 - 120;
    String token = clerk.fake().tokens().sessionToken(TokenKind.USER)
        .issuedAt(java.time.Instant.ofEpochSecond(past)).sign();
    RequestState get = clerk.client().authenticateRequest(withAuthorization("Bearer " + token));
    RequestState post = clerk.client().authenticateRequest(
        ClerkRequest.builder("POST", "https://app.example.com/api").header("Authorization", "Bearer " + token).build());

    assertThat(get.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(get.getMessage()).startsWith("JWT is expired.").endsWith("(reason=token-expired, token-carrier=header)");
    assertThat(post.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-non-get");
  }

  @Test
  void badSignatureInHeaderKeepsTheVerificationReasonWithTheFullMessage() {
    String token = clerk.fake().tokens().sessionToken(TokenKind.USER).corruptSignature().sign();
    RequestState state = clerk.client().authenticateRequest(withAuthorization("Bearer " + token));
    assertThat(state.getReason()).isEqualTo("token-invalid-signature");
    assertThat(state.getMessage()).isEqualTo("JWT signature is invalid. (reason=token-invalid-signature, token-carrier=header)");
  }

  @Test
  void authorizedPartiesAreCheckedForSessionTokens() {
    String token = TokenKind.SESSION_JWT.mint(clerk);
    RequestState state = clerk.client().authenticateRequest(withAuthorization("Bearer " + token),
        AuthenticateRequestOptions.builder().authorizedParties("https://other.example.com").build());
    assertThat(state.getReason()).isEqualTo("token-invalid-authorized-parties");
    assertThat(state.getMessage()).isEqualTo("Invalid JWT Authorized party claim (azp) \"https://app.example.com\". "
        + "Expected \"https://other.example.com\". (reason=token-invalid-authorized-parties, token-carrier=header)");
  }

  @Test
  void jwtTemplateTokensAreRejectedOnSessionAndAnyPaths() {
    String template = clerk.fake().tokens().jwtTemplate(TokenKind.USER).sign();
    for (String accepts : new String[] {"session_token", "any", "[session_token,api_key]"}) {
      RequestState state = clerk.client().authenticateRequest(withAuthorization("Bearer " + template), accepting(accepts));
      assertThat(state.getReason()).as(accepts).isEqualTo("token-type-mismatch");
      assertThat(state.getTokenType()).as(accepts).isEqualTo(TokenType.SESSION_TOKEN);
    }
  }

  @Test
  void pendingSessionIsSignedOutByDefaultAndSignedInWhenAsked() {
    String token = clerk.fake().tokens().sessionToken(TokenKind.USER).sessionStatus("pending").sign();
    RequestState state = clerk.client().authenticateRequest(withAuthorization("Bearer " + token));
    assertThat(state.isAuthenticated()).isTrue();
    assertThat(state.toAuth().isAuthenticated()).isFalse();
    assertThat(state.toAuth().getSessionStatus()).isEqualTo("pending");
    assertThat(state.toAuth(false).getUserId()).isEqualTo(TokenKind.USER);
  }

  @Test
  void machineAuthObjectsCarryTheFieldsOfTheirType() {
    AuthObject apiKey = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + TokenKind.API_KEY.mint(clerk)), accepting("api_key")).toAuth();
    assertThat(apiKey).isInstanceOf(MachineAuthObject.class);
    assertThat(apiKey.getName()).isEqualTo("ci-pipeline");
    assertThat(apiKey.getUserId()).isEqualTo(TokenKind.USER);
    assertThat(apiKey.getOrgId()).isNull();
    assertThat(apiKey.getId()).startsWith("ak_");

    AuthObject m2m = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + TokenKind.OPAQUE_M2M.mint(clerk)), accepting("m2m_token")).toAuth();
    assertThat(m2m.getMachineId()).isEqualTo(clerk.machine().getId());
    assertThat(m2m.getSubject()).isEqualTo(clerk.machine().getId());
    assertThat(m2m.getUserId()).isNull();
    assertThat(m2m.hasRole("org:admin")).isFalse();

    AuthObject oauth = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + TokenKind.OPAQUE_OAUTH.mint(clerk)), accepting("oauth_token")).toAuth();
    assertThat(oauth.getUserId()).isEqualTo(TokenKind.USER);
    assertThat(oauth.getClientId()).isEqualTo("client_app");
    assertThat(oauth.getScopes()).containsExactly("email", "profile");
    assertThat(oauth.getClaims()).isNull();
  }

  @Test
  void machineSignedOutStatesGiveUnauthenticatedMachineObjects() {
    AuthObject auth = clerk.client().authenticateRequest(withAuthorization("Bearer mt_unknown"), accepting("m2m_token"))
        .toAuth();
    assertThat(auth).isInstanceOf(MachineAuthObject.class);
    assertThat(auth.isAuthenticated()).isFalse();
    assertThat(auth.getTokenType()).isEqualTo(TokenType.M2M_TOKEN);
    assertThat(auth.getId()).isNull();
    assertThat(auth.getScopes()).isNull();
  }

  @Test
  void configurationWithoutAnyKeyThrowsAtTheCall() {
    try (ClerkClient keyless = ClerkClient.builder().apiUrl(clerk.fake().apiUrl())
        .publishableKey(clerk.fake().productionPublishableKey()).build()) {
      ClerkRequest request = withAuthorization("Bearer x");
      assertThatThrownBy(() -> keyless.authenticateRequest(request))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Missing Clerk Secret Key. Go to https://dashboard.clerk.com and get your key for your instance.");
      assertThatThrownBy(() -> keyless.authenticateRequest(request, accepting("m2m_token")))
          .hasMessage("Machine token authentication requires either a Machine secret key or a Clerk secret key. "
              + "Ensure a Clerk secret key or Machine secret key is set.");
    }
  }

  @Test
  void networklessSessionVerificationNeedsOnlyTheJwtKey() {
    try (ClerkClient networkless = ClerkClient.builder().apiUrl(clerk.fake().apiUrl())
        .publishableKey(clerk.fake().productionPublishableKey()).jwtKey(clerk.fake().jwtKeyPem()).build()) {
      RequestState state = networkless.authenticateRequest(withAuthorization("Bearer " + TokenKind.SESSION_JWT.mint(clerk)));
      assertThat(state.isAuthenticated()).isTrue();
    }
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).isEmpty();
  }

  @Test
  void notYetValidAndFutureIssuedSessionTokensGetTheirSessionReasons() {
    java.time.Instant later = java.time.Instant.now().plusSeconds(120);
    String nbf = clerk.fake().tokens().sessionToken(TokenKind.USER).notBefore(later).sign();
    String iat = clerk.fake().tokens().sessionToken(TokenKind.USER).issuedAt(later)
        .notBefore(java.time.Instant.now()).sign();
    assertThat(clerk.client().authenticateRequest(withAuthorization("Bearer " + nbf)).getReason())
        .isEqualTo("session-token-nbf");
    assertThat(clerk.client().authenticateRequest(withAuthorization("Bearer " + iat)).getReason())
        .isEqualTo("session-token-iat-in-the-future");
  }

  @Test
  void emptyJwksGivesJwkRemoteFailedToLoadWithClerksMessage() {
    clerk.fake().faults().respondNext(1, 200, java.util.Map.of("Content-Type", "application/json"),
        "{\"keys\":[]}", "/v1/jwks");
    RequestState state = clerk.client().authenticateRequest(
        withAuthorization("Bearer " + TokenKind.SESSION_JWT.mint(clerk)));
    assertThat(state.getReason()).isEqualTo("jwk-remote-failed-to-load");
    assertThat(state.getMessage()).isEqualTo("The JWKS endpoint did not contain any signing keys. Contact "
        + "support@clerk.com. Contact support@clerk.com (reason=jwk-remote-failed-to-load, token-carrier=header)");
    assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.SERVICE_UNAVAILABLE);
  }
}
