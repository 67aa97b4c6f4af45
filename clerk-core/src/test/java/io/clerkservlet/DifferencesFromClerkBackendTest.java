package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clerkservlet.model.M2MToken;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.MutableClock;
import io.clerkservlet.testing.RawJws;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deliberate differences of README "Differences from @clerk/backend" that no other test pins;
 * each test says what {@code @clerk/backend} 3.25.0 does instead (observed by running it). The
 * others are pinned where their feature is tested:
 * <ul>
 *   <li>revoked 200 answers: {@code MachineTokenVerificationTest
 *       .revokedTokenThatClerkStillAnswersWith200IsNotAuthenticated}
 *   <li>malformed opaque tokens: {@code AuthenticateRequestTest
 *       .oversizedOrControlCharacterOpaqueTokensAreNeverSentToClerk}
 *   <li>10 s negative cache, one call per token, positive cache only when set: {@code
 *       MachineTokenVerificationTest.notFoundAnswersAreRememberedBrieflySoGarbageIsNotForwarded},
 *       {@code .concurrentChecksOfOneOpaqueTokenShareOneCall},
 *       {@code .validOpaqueTokensAreAskedAgainUnlessThePositiveCacheIsOn}
 *   <li>{@code createToken} without a machine secret key, local M2M JWT failures as
 *       {@code TokenVerificationException}: {@code M2MTokenApiTest}
 *   <li>JWKS refetch limit, stale keys, {@code jwk-remote-failed-to-load}: {@code JwksPolicyTest
 *       .verifyWhenThousandForgedKidsWithinTheIntervalThenAtMostOneFetch},
 *       {@code .verifyWhenClerkAnswers503ThenServesTheLastGoodKeysWithinTheStalenessBound},
 *       {@code .verifyWhenClerkDownAndNoKeysYetThenJwkRemoteFailedToLoad}
 *   <li>the repeat cache: {@code RepeatTokenCacheTest}
 *   <li>RS256-only PEM keys: {@code SessionTokenAlgorithmTest}
 *   <li>strict JWS decoding: {@code VerifyTokenTest.verifyWhenTokenIsMalformedThenTokenInvalidWithoutAnyCall}
 *       (padding, arrays, duplicates, size), {@code VerifyTokenTest.badTokens} ({@code crit}),
 *       {@code JoseUtf8JsonTest} (byte order mark, malformed UTF-8)
 *   <li>{@code jwtKey} alone: {@code AuthenticateRequestTest.networklessSessionVerificationNeedsOnlyTheJwtKey}
 *   <li>publishable-key messages: {@code PublishableKeyPreconditionTest}
 *   <li>filter {@code init}: {@code ClerkFilterSettingsTest.resolveWhenPublishableKeyMissingThenNamedUnlessExactlyM2mOrApiKey}
 *   <li>{@code x-forwarded-host}: {@code ClerkUrlTest.publicUrlWhenForwardedHostIsMaliciousThenRequestUrlKept}
 *   <li>development handshake failures: {@code HandshakeResolutionTest
 *       .resolveWhenHandshakeTokenCategoryIsTemplateInDevelopmentThenTheCallFails}
 * </ul>
 */
class DifferencesFromClerkBackendTest {
  private static final String USER = "user_2abcdefghijklmnopqrstuvwxyz";
  private static final String SIGN_IN = "https://primary.example.test/sign-in";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  /** The JS signs in a token that Clerk's 200 answer calls expired. */
  @Test
  void whenClerkAnswers200ForAnExpiredM2mTokenThenTokenInvalid() {
    MutableClock clock = new MutableClock(Instant.now());
    try (FakeClerkBackend fake = FakeClerkBackend.builder().clock(clock).start()) {
      MachineCredentials machine = fake.createMachine("worker");
      try (ClerkClient client = ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
          .machineSecretKey(machine.getSecretKey()).build()) {
        M2MToken token = client.m2mTokens().createToken();
        clock.advance(Duration.ofDays(2));

        RequestState state = client.authenticateRequest(bearer(token.getToken()),
            AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.parse("m2m_token")).build());

        assertThat(client.m2mTokens().verify(token.getToken()).isExpired()).as("Clerk answers 200, expired").isTrue();
        assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
        assertThat(state.getReason()).isEqualTo("token-invalid");
        assertThat(state.getMessage()).isEqualTo("Machine token has expired (code=token-invalid, status=200)");
      }
    }
  }

  /** The JS lets {@code aud: 42} through a configured audience. */
  @Test
  void whenAudIsNeitherStringNorArrayAndAnAudienceIsConfiguredThenVerificationFails() {
    String token = clerk.fake().tokens().sessionToken(USER).claim("aud", 42).sign();

    TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
        () -> clerk.client().verifyToken(token, VerifyTokenOptions.builder().audience("api").build()));

    assertThat(e).isNotNull();
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED);
    assertThat(clerk.client().verifyToken(token)).as("without an audience").containsEntry("aud", 42);
  }

  /**
   * The JS reads a Backend API answer as JSON only for exactly {@code application/json}; a JWKS
   * with {@code ; charset=utf-8} fails to load there.
   */
  @Test
  void whenBackendApiAnswerHasACharsetParameterThenItIsStillJson() {
    Map<String, Object> jwks = Collections.singletonMap("keys", Collections.singletonList(
        clerk.fake().signingKeys().current().jwk()));
    clerk.fake().faults().respondNext(1, 200, Collections.singletonMap("Content-Type",
        "application/json; charset=utf-8"), RawJws.json(jwks), "/v1/jwks");

    assertThat(clerk.client().verifyToken(clerk.fake().tokens().sessionToken(USER).sign()))
        .containsEntry("sub", USER);
  }

  /**
   * The JS binds a JWK to its own {@code alg} (none: any RSA hash), so it verifies RS384/RS512 with
   * such keys; every key here verifies RS256 only. Clerk's JWKS keys all say RS256.
   */
  @ParameterizedTest(name = "JWK alg {0}")
  @ValueSource(strings = {"", "RS384", "RS512"})
  void whenTheJwkHasNoAlgOrAnotherThenOnlyRs256StillVerifies(String alg) {
    SigningKey key = clerk.fake().signingKeys().current();
    Map<String, Object> jwk = new LinkedHashMap<>(key.jwk());
    if (alg.isEmpty()) {
      jwk.remove("alg");
    } else {
      jwk.put("alg", alg);
    }
    clerk.fake().faults().respondNext(1, 200, Collections.<String, String>emptyMap(),
        RawJws.json(Collections.singletonMap("keys", Collections.singletonList(jwk))), "/v1/jwks");
    String algorithm = alg.isEmpty() ? "RS384" : alg;

    TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
        () -> clerk.client().verifyToken(clerk.fake().tokens().sessionToken(USER).algorithm(algorithm).sign()));

    assertThat(e).isNotNull();
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED);
  }

  /**
   * The JS throws "The signInUrl needs to be on a different origin than your satellite
   * application." for any satellite request whose {@code Origin} is the sign-in URL's origin: a
   * request header would turn into an exception (a 500). Here the sign-in URL is checked at
   * start-up and the request is authenticated as any other.
   */
  @ParameterizedTest(name = "production={0}")
  @ValueSource(booleans = {true, false})
  void whenSatelliteRequestComesFromTheSignInUrlsOriginThenNoException(boolean production) {
    String pk = production ? clerk.fake().productionPublishableKey() : clerk.fake().publishableKey();
    try (ClerkClient satellite = clerk.clientBuilder().publishableKey(pk).isSatellite(true)
        .domain("satellite.example.test").signInUrl(SIGN_IN).build()) {
      RequestState state = satellite.authenticateRequest(ClerkRequest.builder("GET", "http://example.com/api")
          .header("Origin", "https://primary.example.test")
          .header("Authorization", "Bearer " + clerk.fake().tokens().sessionToken(USER).sign()).build());

      assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    }
  }

  /**
   * The JS redirects a development primary to {@code javascript:alert(1)?__clerk_db_jwt=…&__clerk_synced=true};
   * here a {@code __clerk_redirect_url} that is not an absolute http(s) URL is ignored.
   */
  @Test
  void whenPrimaryIsAskedToRedirectToANonHttpUrlThenItDoesNot() {
    try (ClerkClient primary = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build()) {
      RequestState state = primary.authenticateRequest(ClerkRequest.builder("GET",
          "http://primary.example.test/?__clerk_redirect_url=javascript%3Aalert(1)")
          .header("sec-fetch-dest", "document").header("cookie", "__clerk_db_jwt=dvb_1").build());

      assertThat(state.getHeaders().getOrDefault("Location", Collections.<String>emptyList()))
          .noneMatch(location -> location.startsWith("javascript:"));
      assertThat(state.getReason()).as("the URL is ignored, not an error").isEqualTo("session-token-and-uat-missing");
      assertThat(state.getFailureCategory()).isEqualTo(FailureCategory.INVALID_TOKEN);
    }
  }

  /**
   * In the JS an empty {@code personalAccountPatterns} list matches every path, so a signed-in
   * page load with an active organization gets an {@code active-organization-mismatch} handshake
   * everywhere; here an empty list matches nothing.
   */
  @Test
  void whenPersonalAccountPatternsAreEmptyThenNoPathMatches() {
    String session = clerk.fake().tokens().sessionToken(USER).organization("org_1", "acme", "org:admin").sign();
    ClerkRequest page = ClerkRequest.builder("GET", "https://app.example.com/anything")
        .header("sec-fetch-dest", "document")
        .header("cookie", "__session=" + session + "; __client_uat=" + (Instant.now().getEpochSecond() - 5)).build();

    RequestState state = clerk.client().authenticateRequest(page, AuthenticateRequestOptions.builder()
        .organizationSyncOptions(OrganizationSyncOptions.builder().personalAccountPatterns().build()).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }

  /** The JS ignores the publishable key when {@code acceptsToken} is exactly {@code m2m_token}. */
  @Test
  void whenPublishableKeyIsMalformedThenBuildFailsEvenForM2mTokens() {
    assertThatThrownBy(() -> ClerkClient.builder().secretKey(clerk.fake().secretKey()).publishableKey("pk_test_nope")
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Publishable key not valid");
    assertThatThrownBy(() -> AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.parse("m2m_token"))
        .publishableKey("pk_test_nope").build()).hasMessageContaining("Publishable key not valid");
  }

  private static ClerkRequest bearer(String token) {
    return ClerkRequest.builder("GET", "https://api.example.com/").header("Authorization", "Bearer " + token).build();
  }
}
