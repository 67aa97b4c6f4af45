package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.OrganizationSyncOptions;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The primary's cross-origin sync (referer rules) and organization sync of a signed-in cookie session. */
class PrimarySyncTest {
  private static final String APP = "https://app.example.test/dashboard";
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

  /** A client whose publishable key names {@code clerk.example.test}; sessions then live in suffixed cookies. */
  private ClerkClient clerkDomainClient(boolean production) {
    String pk = (production ? "pk_live_" : "pk_test_") + Base64.getEncoder().withoutPadding()
        .encodeToString("clerk.example.test$".getBytes(StandardCharsets.UTF_8));
    client = clerk.clientBuilder().publishableKey(pk).build();
    return client;
  }

  private Browser signedIn(String url, String publishableKey) {
    String suffix = SessionRefreshTest.suffix(publishableKey);
    String token = clerk.fake().tokens().sessionToken(USER).organization("org_1", "acme", "admin").sign();
    return Browser.page(url).cookie("__clerk_db_jwt_" + suffix, "dvb_1").cookie("__session_" + suffix, token)
        .cookie("__client_uat_" + suffix, "1");
  }

  private RequestState visit(boolean production, String referer) {
    ClerkClient c = clerkDomainClient(production);
    Browser browser = signedIn(APP, c.getPublishableKey());
    if (referer != null) {
      browser.header("referer", referer);
    }
    return c.authenticateRequest(browser.build());
  }

  @ParameterizedTest(name = "production={0} referer={1} -> {2}")
  @CsvSource({
      "true, https://satellite.example.test/page, handshake",
      "true, https://app.example.test/other, signed-in",
      "true, not a url, signed-in",
      "true, https://clerk.example.test/v1/client, signed-in",
      "true, https://accounts.example.test/sign-in, signed-in",
      "true, https://accounts.evil.lcl.dev/, handshake",
      "false, https://accounts.evil.lcl.dev/, signed-in",
      "false, https://happy-cat-1.accounts.dev/, signed-in",
      "false, https://happy-cat-1.clerk.accounts.dev/, handshake",
      "true, https://happy-cat-1.accounts.dev/, handshake",
  })
  void crossOriginSyncWhenRefererThenHandshakeOnlyForForeignOrigins(boolean production, String referer,
      String status) {
    RequestState state = visit(production, referer);

    assertThat(state.getStatus().getValue()).isEqualTo(status);
    if (status.equals("handshake")) {
      assertThat(state.getReason()).isEqualTo("primary-domain-cross-origin-sync");
      assertThat(state.getMessage()).isEqualTo("Cross-origin request from satellite domain requires handshake");
    }
  }

  @Test
  void crossOriginSyncWhenPostOrFetchOrLoopingThenNoHandshake() {
    ClerkClient c = clerkDomainClient(true);
    String pk = c.getPublishableKey();
    String foreign = "https://satellite.example.test/";
    RequestState post = c.authenticateRequest(Browser.request("POST", APP)
        .header("cookie", signedIn(APP, pk).build().getHeader("cookie")).header("sec-fetch-dest", "document")
        .header("referer", foreign).build());
    RequestState fetch = c.authenticateRequest(signedIn(APP, pk).header("sec-fetch-dest", "empty")
        .header("referer", foreign).build());
    RequestState looping = c.authenticateRequest(signedIn(APP, pk).cookie("__clerk_redirect_count", "1")
        .header("referer", foreign).build());

    assertThat(post.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(fetch.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(looping.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }

  @Test
  void crossOriginSyncWhenSatelliteThenNeverForced() {
    String pk = clerk.fake().productionPublishableKey();
    client = clerk.clientBuilder().publishableKey(pk).isSatellite(true).domain("example.test")
        .signInUrl("https://primary.example.test/sign-in").build();
    String token = clerk.fake().tokens().sessionToken(USER).claim("iss", "https://clerk.example.test").sign();

    RequestState state = client.authenticateRequest(Browser.page(APP).cookie("__session", token)
        .cookie("__client_uat", "1").header("referer", "https://primary.example.test/").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }

  private AuthenticateRequestOptions orgSync() {
    return AuthenticateRequestOptions.builder().organizationSyncOptions(OrganizationSyncOptions.builder()
        .organizationPatterns("/orgs/:slug", "/orgs/:slug/(.*)", "/org-id/:id").personalAccountPatterns("/me")
        .build()).build();
  }

  private RequestState visitPath(String path, int loops) {
    ClerkClient c = client != null ? client : clerkDomainClient(true);
    Browser browser = signedIn("https://app.example.test" + path, c.getPublishableKey());
    if (loops > 0) {
      browser.cookie("__clerk_redirect_count", Integer.toString(loops));
    }
    return c.authenticateRequest(browser.build(), orgSync());
  }

  @Test
  void organizationSyncWhenPathNamesTheActiveOrganizationThenSignedIn() {
    assertThat(visitPath("/orgs/acme/settings", 0).getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(visitPath("/org-id/org_1", 0).getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(visitPath("/elsewhere", 0).getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }

  @Test
  void organizationSyncWhenPathNamesAnotherOrganizationThenActivationHandshake() {
    RequestState bySlug = visitPath("/orgs/globex", 0);
    RequestState byId = visitPath("/org-id/org_2", 0);
    RequestState personal = visitPath("/me", 0);

    assertThat(bySlug.getReason()).isEqualTo("active-organization-mismatch");
    assertThat(Browser.header(bySlug.getHeaders(), "Location")).endsWith("&organization_id=globex");
    assertThat(Browser.header(byId.getHeaders(), "Location")).endsWith("&organization_id=org_2");
    assertThat(Browser.header(personal.getHeaders(), "Location")).endsWith("&organization_id=");
    assertThat(personal.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
  }

  @Test
  void organizationSyncWhenLoopDetectedThenSkippedAndSignedIn() {
    RequestState state = visitPath("/orgs/globex", 3);

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
  }
}
