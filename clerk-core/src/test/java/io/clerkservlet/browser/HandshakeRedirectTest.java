package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.OrganizationSyncOptions;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Handshake eligibility and the redirect to the Frontend API (reference §1.9, §2.1, §2.2). */
class HandshakeRedirectTest {
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

  private ClerkClient production(String proxyUrl) {
    client = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).proxyUrl(proxyUrl).build();
    return client;
  }

  private String expiredToken() {
    return clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .issuedAt(Instant.now().minus(Duration.ofHours(1))).sign();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void redirectWhenEligibleThenQueryParamsInReferenceOrder() {
    RequestState state = production(null).authenticateRequest(Browser.page(APP + "?a=1&__clerk_db_jwt=x&__dev_session=y")
        .cookie("__client_uat", "12345").build());

    assertThat(Browser.header(state.getHeaders(), "Location")).isEqualTo("https://" + clerk.fake().frontendApi()
        + "/v1/client/handshake?redirect_url=" + encode("http://app.example.test/path?a=1")
        + "&__clerk_api_version=2026-05-12&suffixed_cookies=false&__clerk_hs_reason=client-uat-but-no-session-token"
        + "&format=nonce");
    assertThat(state.getHeaders().get("Cache-Control")).containsExactly("no-store");
    assertThat(state.getHeaders().get("Set-Cookie"))
        .containsExactly("__clerk_redirect_count=1; SameSite=Lax; HttpOnly; Max-Age=2");
    assertThat(Browser.header(state.getHeaders(), RequestState.HEADER_AUTH_STATUS)).isEqualTo("handshake");
    assertThat(Browser.header(state.getHeaders(), RequestState.HEADER_AUTH_REASON))
        .isEqualTo("client-uat-but-no-session-token");
  }

  @Test
  void redirectWhenSessionCookieThenItIsSentAsSessionParam() {
    String expired = expiredToken();
    RequestState state = production(null).authenticateRequest(Browser.page(APP).cookie("__session", expired)
        .cookie("__client_uat", "1").build());

    assertThat(Browser.header(state.getHeaders(), "Location"))
        .contains("&__clerk_hs_reason=session-token-expired-refresh-non-eligible-no-refresh-cookie&format=nonce"
            + "&__session=" + expired);
  }

  @Test
  void redirectWhenProxyUrlHasTrailingSlashesThenHandshakeStaysUnderTheProxyPath() {
    RequestState state = production("https://proxy.example.test/__clerk///").authenticateRequest(
        Browser.page(APP).cookie("__client_uat", "1").build());

    assertThat(Browser.header(state.getHeaders(), "Location"))
        .startsWith("https://proxy.example.test/__clerk/v1/client/handshake?redirect_url=");
    assertThat(state.getProxyUrl()).isEqualTo("https://proxy.example.test/__clerk///");
  }

  @Test
  void redirectWhenProxyUrlIsRelativeThenResolvedAgainstThePublicOrigin() {
    RequestState state = production("/__clerk").authenticateRequest(Browser.page(APP).cookie("__client_uat", "1")
        .header("x-forwarded-host", "www.example.test").header("x-forwarded-proto", "https").build());

    assertThat(state.getProxyUrl()).isEqualTo("https://www.example.test/__clerk");
    assertThat(Browser.header(state.getHeaders(), "Location"))
        .startsWith("https://www.example.test/__clerk/v1/client/handshake?redirect_url="
            + encode("https://www.example.test/path") + "&");
  }

  @Test
  void redirectWhenPathNamesAnOrganizationThenOrganizationIdParamIsAppended() {
    production(null);
    AuthenticateRequestOptions options = AuthenticateRequestOptions.builder()
        .organizationSyncOptions(OrganizationSyncOptions.builder().organizationPatterns("/orgs/:slug")
            .personalAccountPatterns("/me").build())
        .build();

    RequestState org = client.authenticateRequest(Browser.page("http://app.example.test/orgs/acme")
        .cookie("__client_uat", "1").build(), options);
    RequestState personal = client.authenticateRequest(Browser.page("http://app.example.test/me")
        .cookie("__client_uat", "1").build(), options);

    assertThat(Browser.header(org.getHeaders(), "Location")).endsWith("&format=nonce&organization_id=acme");
    assertThat(Browser.header(personal.getHeaders(), "Location")).endsWith("&format=nonce&organization_id=");
  }

  @Test
  void handshakeWhenIframeOrHtmlAcceptThenEligible() {
    production(null);
    RequestState iframe = client.authenticateRequest(Browser.page(APP).header("sec-fetch-dest", "iframe")
        .cookie("__client_uat", "1").build());
    RequestState html = client.authenticateRequest(Browser.page(APP).withoutHeader("sec-fetch-dest")
        .header("accept", "text/html,application/xhtml+xml").cookie("__client_uat", "1").build());

    assertThat(iframe.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(html.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
  }

  @Test
  void handshakeWhenPostDocumentOrImageThenSignedOutWithSameReason() {
    production(null);
    RequestState post = client.authenticateRequest(Browser.request("POST", APP).header("sec-fetch-dest", "document")
        .cookie("__client_uat", "1").build());
    RequestState image = client.authenticateRequest(Browser.page(APP).header("sec-fetch-dest", "image")
        .header("accept", "image/png").cookie("__client_uat", "1").build());

    assertThat(post.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(post.getReason()).isEqualTo("client-uat-but-no-session-token");
    assertThat(image.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(image.getReason()).isEqualTo("client-uat-but-no-session-token");
  }

  @Test
  void handshakeWhenRedirectCountReachedThreeThenSignedOut() {
    production(null);
    RequestState third = client.authenticateRequest(Browser.page(APP).cookie("__client_uat", "1")
        .cookie("__clerk_redirect_count", "2").build());
    RequestState stopped = client.authenticateRequest(Browser.page(APP).cookie("__client_uat", "1")
        .cookie("__clerk_redirect_count", "3").build());

    assertThat(third.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(third.getHeaders().get("Set-Cookie"))
        .containsExactly("__clerk_redirect_count=3; SameSite=Lax; HttpOnly; Max-Age=2");
    assertThat(stopped.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(stopped.getReason()).isEqualTo("client-uat-but-no-session-token");
  }

  @Test
  void headerTokenWhenExpiredOnPageLoadThenHandshakeAndNoAuthObject() {
    production(null);
    RequestState state = client.authenticateRequest(Browser.page(APP)
        .header("authorization", "Bearer " + expiredToken()).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(state.getMessage()).endsWith("(reason=token-expired, token-carrier=header)");
    assertThat(state.toAuth()).isNull();
  }

  @Test
  void headerTokenWhenExpiredOnPostThenRefreshErrorIsNonGet() {
    production(null);
    RequestState state = client.authenticateRequest(Browser.request("POST", APP)
        .header("authorization", "Bearer " + expiredToken()).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-non-get");
  }

  @Test
  void headerTokenWhenNotYetValidThenNbfReason() {
    production(null);
    String future = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .notBefore(Instant.now().plus(Duration.ofMinutes(5))).sign();

    RequestState state = client.authenticateRequest(Browser.page(APP).header("authorization", "Bearer " + future)
        .build());

    assertThat(state.getReason()).isEqualTo("session-token-nbf");
    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
  }
}
