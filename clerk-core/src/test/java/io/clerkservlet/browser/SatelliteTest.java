package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Satellites and the primary (reference §1.2, §1.8 steps 2-4, §2.4). */
class SatelliteTest {
  private static final String SATELLITE = "http://example.com/path";
  private static final String SIGN_IN = "https://primary.example.test/sign-in";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClerkClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private ClerkClient satellite(boolean production, boolean autoSync) {
    String pk = production ? clerk.fake().productionPublishableKey() : clerk.fake().publishableKey();
    client = clerk.clientBuilder().publishableKey(pk).isSatellite(true).domain("satellite.example.test")
        .signInUrl(SIGN_IN).satelliteAutoSync(autoSync).build();
    return client;
  }

  /** The satellite matrix: instance × satelliteAutoSync × __clerk_synced on a cookieless page load. */
  @ParameterizedTest(name = "production={0} autoSync={1} synced={2} -> {3} {4}")
  @CsvSource({
      "true, false, , signed-out, session-token-and-uat-missing",
      "true, true, , handshake, satellite-needs-syncing",
      "true, false, false, handshake, satellite-needs-syncing",
      "true, true, true, signed-out, session-token-and-uat-missing",
      "true, false, true, signed-out, session-token-and-uat-missing",
      "false, false, , signed-out, session-token-and-uat-missing",
      "false, true, , handshake, satellite-needs-syncing",
      "false, false, false, handshake, satellite-needs-syncing",
      "false, true, true, handshake, dev-browser-missing",
  })
  void satelliteWhenNoCookiesThenSyncsOnlyWhenAskedOrAutoSync(boolean production, boolean autoSync, String synced,
      String status, String reason) {
    String url = synced == null ? SATELLITE : SATELLITE + "?__clerk_synced=" + synced;
    RequestState state = satellite(production, autoSync).authenticateRequest(Browser.page(url).build());

    assertThat(state.getStatus().getValue()).isEqualTo(status);
    assertThat(state.getReason()).isEqualTo(reason);
    assertThat(state.isSatellite()).isTrue();
    assertThat(state.getDomain()).isEqualTo("satellite.example.test");
    assertThat(state.getSignInUrl()).isEqualTo(SIGN_IN);
  }

  @Test
  void productionSatelliteWhenSyncingThenHandshakeGoesToClerkOfTheDomain() {
    RequestState state = satellite(true, true).authenticateRequest(Browser.page(SATELLITE).build());

    assertThat(Browser.header(state.getHeaders(), "Location"))
        .startsWith("https://clerk.satellite.example.test/v1/client/handshake?redirect_url=");
  }

  @Test
  void developmentSatelliteWhenSyncingThenRedirectsToSignInWithRedirectUrl() {
    RequestState state = satellite(false, true).authenticateRequest(Browser.page(SATELLITE).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getHeaders().get("Location"))
        .containsExactly(SIGN_IN + "?__clerk_redirect_url=http%3A%2F%2Fexample.com%2Fpath");
    assertThat(state.getHeaders().get("Cache-Control")).containsExactly("no-store");
  }

  @Test
  void satelliteWhenNotADocumentRequestThenSignedOutWithoutSync() {
    RequestState state = satellite(true, true).authenticateRequest(Browser.fetch(SATELLITE)
        .cookie("__client_uat", "0").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-and-uat-missing");
  }

  @Test
  void satelliteWhenRedirectLoopReachedThreeThenSignedOut() {
    RequestState state = satellite(true, true).authenticateRequest(Browser.page(SATELLITE)
        .cookie("__clerk_redirect_count", "3").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("satellite-needs-syncing");
  }

  @Test
  void satelliteWhenBackFromPrimaryWithDevBrowserThenDevBrowserSync() {
    RequestState state = satellite(false, false).authenticateRequest(Browser.page(SATELLITE
        + "?__clerk_synced=true&__clerk_db_jwt=dvb_1").build());

    assertThat(state.getReason()).isEqualTo("dev-browser-sync");
    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
  }

  @Test
  void satelliteWhenItHasCookiesThenFallsThroughToVerification() {
    String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .claim("iss", "https://clerk.satellite.example.test").sign();
    RequestState state = satellite(true, false).authenticateRequest(Browser.page(SATELLITE)
        .cookie("__session", token).cookie("__client_uat", "1").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.isSatellite()).isTrue();
  }

  @Test
  void primaryWhenAnsweringDevelopmentSyncThenRedirectsBackWithDevBrowserAndSynced() {
    client = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build();
    RequestState state = client.authenticateRequest(Browser.page("http://primary.example.test/sign-in"
        + "?__clerk_redirect_url=" + "http%3A%2F%2Fexample.com%2Fpath%3F__clerk_synced%3Dfalse")
        .cookie("__clerk_db_jwt", "dvb_primary").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("primary-responds-to-syncing");
    assertThat(state.getHeaders().get("Location"))
        .containsExactly("http://example.com/path?__clerk_synced=true&__clerk_db_jwt=dvb_primary");
  }

  @Test
  void primaryWhenAnsweringSyncThenThatWinsOverDevBrowserSync() {
    client = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build();
    RequestState state = client.authenticateRequest(Browser.page("http://primary.example.test/?__clerk_db_jwt=x"
        + "&__clerk_redirect_url=http%3A%2F%2Fexample.com%2F").build());

    assertThat(state.getReason()).isEqualTo("primary-responds-to-syncing");
  }

  @Test
  void buildWhenSatelliteWithoutDomainOrProxyThenFailsAtStartUp() {
    assertThatThrownBy(() -> clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey())
        .secretKey("sk_live_abc").isSatellite(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing domain and proxyUrl. A satellite application needs to specify a domain or a proxyUrl");
  }

  @Test
  void buildWhenDevelopmentSatelliteWithoutSignInUrlThenFailsAtStartUp() {
    assertThatThrownBy(() -> clerk.clientBuilder().publishableKey(clerk.fake().publishableKey())
        .isSatellite(true).domain("satellite.example.test").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Missing signInUrl. Pass a signInUrl for dev instances if an app is satellite");
  }

  @Test
  void buildWhenSignInUrlNotAbsoluteThenFailsAtStartUp() {
    assertThatThrownBy(() -> clerk.clientBuilder().publishableKey(clerk.fake().publishableKey())
        .isSatellite(true).domain("satellite.example.test").signInUrl("/sign-in").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The signInUrl needs to have a absolute url format.");
  }

  @Test
  void authenticateWhenPerCallSatelliteOverrideIsIncompleteThenFailsClearly() {
    client = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).build();
    AuthenticateRequestOptions options = AuthenticateRequestOptions.builder().isSatellite(true).build();

    assertThatThrownBy(() -> client.authenticateRequest(Browser.page(SATELLITE).build(), options))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Missing");
  }
}
