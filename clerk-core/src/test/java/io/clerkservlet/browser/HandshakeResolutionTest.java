package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolving a handshake (reference §2.3): the nonce payload or the handshake token, over real HTTP. */
class HandshakeResolutionTest {
  private static final String APP = "http://app.example.test/path?tab=1";
  private static final String USER = "user_2abcdefghijklmnopqrstuvwxyz";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClerkClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private ClerkClient production() {
    client = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).build();
    return client;
  }

  private ClerkClient development() {
    client = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build();
    return client;
  }

  private List<String> directives(String session) {
    return Arrays.asList("__session=" + session + "; Path=/; SameSite=Lax",
        "__client_uat=" + (Instant.now().getEpochSecond() - 5) + "; Path=/; SameSite=Lax");
  }

  @Test
  void whenNonceDuring429ThenExactlyOneBackendCallAndNoRetry() {
    clerk.skipContractCheck();
    clerk.fake().faults().failNext(5, 429, "/v1/clients/handshake_payload");

    RequestState state = production().authenticateRequest(Browser.page(APP + "&__clerk_handshake_nonce=x").build());

    assertThat(state.isAuthenticated()).isFalse();
    assertThat(clerk.fake().exchanges("GET", "/v1/clients/handshake_payload")).hasSize(1);
    clerk.fake().faults().clear();
  }

  @Test
  void resolveWhenNonceThenSetCookiesInOrderAndSignedInWithoutLocationInProduction() {
    String session = clerk.fake().tokens().sessionToken(USER).sign();
    clerk.fake().putHandshakePayload("nonce-1", directives(session));

    RequestState state = production().authenticateRequest(Browser.page(APP + "&__clerk_handshake_nonce=nonce-1")
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.getToken()).isEqualTo(session);
    assertThat(state.getHeaders().get("Set-Cookie")).containsExactlyElementsOf(directives(session));
    assertThat(state.getHeaders().get("Access-Control-Allow-Origin")).containsExactly("null");
    assertThat(state.getHeaders().get("Access-Control-Allow-Credentials")).containsExactly("true");
    assertThat(state.getHeaders()).doesNotContainKeys("Location", "Cache-Control");
    assertThat(clerk.fake().exchanges("GET", "/v1/clients/handshake_payload").get(0).getRawQuery())
        .isEqualTo("nonce=nonce-1");
  }

  @Test
  void resolveWhenNonceCookieInDevelopmentThenRedirectsToTheCleanedUrl() {
    String session = clerk.fake().tokens().sessionToken(USER).sign();
    clerk.fake().putHandshakePayload("nonce-2", directives(session));

    RequestState state = development().authenticateRequest(Browser.page(APP
        + "&__clerk_handshake_nonce=nonce-2&__clerk_db_jwt=dvb_1&__clerk_help=1&__clerk_handshake=x#frag").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.getHeaders().get("Location")).containsExactly("http://app.example.test/path?tab=1#frag");
    assertThat(state.getHeaders().get("Cache-Control")).containsExactly("no-store");
  }

  @Test
  void resolveWhenNonceUnknownThenSignedOutSessionTokenMissingWithHeaders() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__clerk_handshake_nonce", "nope")
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-missing");
    assertThat(state.getHeaders().get("Access-Control-Allow-Origin")).containsExactly("null");
    assertThat(state.getHeaders()).doesNotContainKey("Set-Cookie");
  }

  @Test
  void resolveWhenLastSessionCookieWinsThenItsTokenIsVerified() {
    String first = clerk.fake().tokens().sessionToken("user_1abcdefghijklmnopqrstuvwxyz").sign();
    String last = clerk.fake().tokens().sessionToken(USER).sign();
    clerk.fake().putHandshakePayload("nonce-3", Arrays.asList("__session_abc=" + first + "; Path=/",
        "__session=" + last + "; Path=/"));

    RequestState state = production().authenticateRequest(Browser.page(APP + "&__clerk_handshake_nonce=nonce-3")
        .build());

    assertThat(state.toAuth().getUserId()).isEqualTo(USER);
  }

  @ParameterizedTest
  @ValueSource(strings = {ClerkTokens.CATEGORY_SESSION, ClerkTokens.CATEGORY_IGNORE, ""})
  void resolveWhenHandshakeTokenCategoryIsSessionIgnoreOrAbsentThenAccepted(String category) {
    String session = clerk.fake().tokens().sessionToken(USER).sign();
    ClerkTokens tokens = clerk.fake().tokens();
    String handshake = category.isEmpty() ? tokens.handshakeToken(directives(session)).withoutHeader("cat").sign()
        : tokens.handshakeToken(directives(session)).category(category).sign();

    RequestState state = production().authenticateRequest(Browser.page(APP + "&__clerk_handshake=" + handshake)
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.getHeaders().get("Set-Cookie")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {ClerkTokens.CATEGORY_JWT_TEMPLATE, ClerkTokens.CATEGORY_M2M, "cl_unknown"})
  void resolveWhenHandshakeTokenCategoryIsNotSessionThenIgnoredInProduction(String category) {
    String session = clerk.fake().tokens().sessionToken(USER).sign();
    String handshake = clerk.fake().tokens().handshakeToken(directives(session)).category(category).sign();

    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__clerk_handshake", handshake)
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
    assertThat(state.getHeaders()).doesNotContainKey("Set-Cookie");
  }

  @Test
  void resolveWhenHandshakeTokenCategoryIsTemplateInDevelopmentThenTheCallFails() {
    String handshake = clerk.fake().tokens().handshakeToken(directives("x"))
        .category(ClerkTokens.CATEGORY_JWT_TEMPLATE).sign();

    assertThatThrownBy(() -> development().authenticateRequest(Browser.page(APP + "&__clerk_handshake=" + handshake)
        .build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Clerk: Handshake token verification failed: Invalid handshake token category. "
            + "Make sure that this is a valid Clerk-generated JWT. (reason=token-invalid).");
  }

  @Test
  void resolveWhenHandshakeSignatureInvalidInDevelopmentThenTheCallFailsWithKeysHint() {
    String handshake = clerk.fake().tokens().handshakeToken(directives("x")).corruptSignature().sign();

    assertThatThrownBy(() -> development().authenticateRequest(Browser.page(APP + "&__clerk_handshake=" + handshake)
        .build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Clerk: Handshake token verification failed due to an invalid signature. If you have "
            + "switched Clerk keys locally, clear your cookies and try again.");
  }

  @Test
  void resolveWhenDevelopmentSessionTokenExpiredThenRetriedWithOneDaySkew() {
    String expired = clerk.fake().tokens().sessionToken(USER).issuedAt(Instant.now().minus(Duration.ofHours(2)))
        .sign();
    clerk.fake().putHandshakePayload("nonce-4", directives(expired));

    RequestState state = development().authenticateRequest(Browser.page(APP + "&__clerk_handshake_nonce=nonce-4")
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }

  @Test
  void resolveWhenProductionSessionTokenExpiredThenContinuesDownTheCookiePath() {
    String expired = clerk.fake().tokens().sessionToken(USER).issuedAt(Instant.now().minus(Duration.ofHours(2)))
        .sign();
    clerk.fake().putHandshakePayload("nonce-5", directives(expired));

    RequestState state = production().authenticateRequest(Browser.page(APP + "&__clerk_handshake_nonce=nonce-5")
        .cookie("__client_uat", "1").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("client-uat-but-no-session-token");
  }
}
