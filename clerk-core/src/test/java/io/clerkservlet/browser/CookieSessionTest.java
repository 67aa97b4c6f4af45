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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cookie path of reference §1.8: client_uat rules, the development browser, the session cookie. */
class CookieSessionTest {
  private static final String APP = "http://app.example.test/path";

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

  private String sessionToken() {
    return clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .authorizedParty("http://app.example.test").sign();
  }

  private long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void authenticateWhenProductionAndNoCookiesThenSignedOutWithoutHandshake() {
    RequestState state = production().authenticateRequest(Browser.page(APP).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
    assertThat(state.getMessage()).isEmpty();
    assertThat(state.getPublishableKey()).isEqualTo(clerk.fake().productionPublishableKey());
    assertThat(state.toAuth().getUserId()).isNull();
  }

  @Test
  void authenticateWhenProductionAndClientUatZeroThenSignedOut() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__client_uat", "0").build());

    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
  }

  @Test
  void authenticateWhenClientUatButNoSessionThenHandshake() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__client_uat", "12345").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("client-uat-but-no-session-token");
    assertThat(state.getMessage()).isEmpty();
    assertThat(state.toAuth()).isNull();
    assertThat(Browser.header(state.getHeaders(), "Location"))
        .startsWith("https://" + clerk.fake().frontendApi() + "/v1/client/handshake?redirect_url=");
  }

  @Test
  void authenticateWhenSessionButNoClientUatThenHandshake() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", sessionToken())
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("session-token-but-no-client-uat");
  }

  @Test
  void authenticateWhenClientUatNewerThanTokenIatThenHandshake() {
    String token = sessionToken();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", token)
        .cookie("__client_uat", Long.toString(now() + 10)).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("session-token-iat-before-client-uat");
    assertThat(state.getMessage()).isEmpty();
  }

  @Test
  void authenticateWhenClientUatNotNewerThanIatThenSignedInWithoutHeaders() {
    String token = sessionToken();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", token)
        .cookie("__client_uat", Long.toString(now() - 60)).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.getToken()).isEqualTo(token);
    assertThat(state.getHeaders()).isEmpty();
    assertThat(state.toAuth().getUserId()).isEqualTo("user_2abcdefghijklmnopqrstuvwxyz");
  }

  @Test
  void authenticateWhenClientUatNotANumberThenItCountsAsMissing() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__client_uat", "abc").build());

    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
  }

  @Test
  void authenticateWhenCookieTokenExpiredThenHandshakeWithJwtExpiredMessage() {
    String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .issuedAt(Instant.now().minus(Duration.ofHours(1))).sign();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", token)
        .cookie("__client_uat", Long.toString(now() - 7200)).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(state.getMessage()).matches("^JWT is expired.*")
        .endsWith("(reason=token-expired, token-carrier=cookie)");
  }

  @Test
  void authenticateWhenCookieTokenExpiredOnFetchThenSignedOutWithSameReason() {
    String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .issuedAt(Instant.now().minus(Duration.ofHours(1))).sign();
    RequestState state = production().authenticateRequest(Browser.fetch(APP).cookie("__session", token)
        .cookie("__client_uat", Long.toString(now() - 7200)).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(state.getHeaders()).doesNotContainKey("Location");
  }

  @Test
  void authenticateWhenM2MJwtInSessionCookieThenTokenTypeMismatch() {
    String m2m = clerk.fake().tokens().m2mJwt(clerk.machine().getId()).sign();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", m2m)
        .cookie("__client_uat", "1").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("token-type-mismatch");
    assertThat(state.getMessage()).isEmpty();
  }

  @Test
  void authenticateWhenJwtTemplateInSessionCookieThenTokenTypeMismatch() {
    String template = clerk.fake().tokens().jwtTemplate("user_2abcdefghijklmnopqrstuvwxyz").sign();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", template)
        .cookie("__client_uat", "1").build());

    assertThat(state.getReason()).isEqualTo("token-type-mismatch");
  }

  @Test
  void authenticateWhenSessionCookieMalformedThenTokenInvalidFromCookie() {
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", "not-a-jwt")
        .cookie("__client_uat", "1").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("token-invalid");
    assertThat(state.getMessage()).isEqualTo("Invalid JWT form. A JWT consists of three parts separated by dots. "
        + "(reason=token-invalid, token-carrier=cookie)");
  }

  @Test
  void authenticateWhenDevelopmentWithoutDevBrowserThenHandshakeDevBrowserMissing() {
    RequestState state = development().authenticateRequest(Browser.page(APP).cookie("__session", sessionToken())
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("dev-browser-missing");
    assertThat(state.toAuth()).isNull();
  }

  @Test
  void authenticateWhenDevelopmentFetchWithoutDevBrowserThenSignedOutDevBrowserMissing() {
    RequestState state = development().authenticateRequest(Browser.fetch(APP).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("dev-browser-missing");
  }

  @Test
  void authenticateWhenDevelopmentUrlCarriesDevBrowserThenHandshakeDevBrowserSync() {
    RequestState state = development().authenticateRequest(Browser.page(APP + "?__clerk_db_jwt=dvb_1")
        .cookie("__clerk_db_jwt", "dvb_1").build());

    assertThat(state.getReason()).isEqualTo("dev-browser-sync");
    assertThat(Browser.header(state.getHeaders(), "Location"))
        .contains("redirect_url=" + "http%3A%2F%2Fapp.example.test%2Fpath&")
        .contains("&__clerk_db_jwt=dvb_1");
  }

  @Test
  void authenticateWhenDevelopmentWithDevBrowserAndSessionButNoUatThenHandshakeNoClientUat() {
    RequestState state = development().authenticateRequest(Browser.page(APP).cookie("__clerk_db_jwt", "dvb_1")
        .cookie("__session", sessionToken()).build());

    assertThat(state.getReason()).isEqualTo("session-token-but-no-client-uat");
  }

  @Test
  void authenticateWhenDevelopmentWithDevBrowserAndNoCookiesThenSignedOut() {
    RequestState state = development().authenticateRequest(Browser.page(APP).cookie("__clerk_db_jwt", "dvb_1")
        .build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
  }

  @Test
  void authenticateWhenNoPublishableKeyAndNoHeaderTokenThenFailsClearly() {
    client = clerk.clientBuilder().build();
    assertThatThrownBy(() -> client.authenticateRequest(Browser.page(APP).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Publishable key is missing.");
  }

  @Test
  void authenticateWhenValidSessionCookieOfAnotherCategoryIgnoreThenSignedIn() {
    String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .category(ClerkTokens.CATEGORY_IGNORE).sign();
    RequestState state = production().authenticateRequest(Browser.page(APP).cookie("__session", token)
        .cookie("__client_uat", "1").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }
}
