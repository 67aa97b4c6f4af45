package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake Frontend API's {@code GET /v1/client/handshake}, over real HTTP. */
class FrontendApiHandshakeTest {
  private final FakeClerkBackend fake = FakeClerkBackend.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fake.close();
  }

  private HttpResponse<String> handshake(String query, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.frontendApiUrl() + "/v1/client/handshake?" + query));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String redirect(String url) {
    return "redirect_url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> payload(String nonce) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/v1/clients/handshake_payload?nonce=" + nonce))
        .header("Authorization", "Bearer " + fake.secretKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void handshakeWhenDevBrowserSignedInThenRedirectsBackWithNonceOfSessionCookies() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    String devBrowser = fake.createDevBrowser();
    FakeSession session = fake.signInDevBrowser(devBrowser, userId);

    HttpResponse<String> response = handshake(redirect("http://app.test/page?x=1#top") + "&format=nonce"
        + "&__clerk_db_jwt=" + devBrowser, null);

    assertThat(response.statusCode()).isEqualTo(307);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("http://app\\.test/page\\?x=1&__clerk_handshake_nonce=[A-Za-z0-9]+#top");
    String nonce = location.replaceAll(".*__clerk_handshake_nonce=([A-Za-z0-9]+).*", "$1");
    String body = payload(nonce).body();
    assertThat(body).contains("__session=eyJ").contains("__client_uat=").contains("__clerk_db_jwt=" + devBrowser)
        .contains("=" + session.getRefreshToken() + "; Path=/; HttpOnly");
    String jwt = body.replaceAll("(?s).*\"__session=([^;]+);.*", "$1");
    assertThat(Jwks.claims(jwt)).containsEntry("sub", userId).containsEntry("sid", session.getSessionId())
        .containsEntry("azp", "http://app.test");
  }

  @Test
  void handshakeWhenClientCookieAndSuffixedThenSuffixedCookiesComeFirst() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    FakeSession session = fake.createSession(userId);

    HttpResponse<String> response = handshake(redirect("http://app.test/") + "&suffixed_cookies=true",
        "__client=" + session.getClientToken());
    String nonce = response.headers().firstValue("Location").orElseThrow().replaceAll(".*nonce=", "");

    assertThat(payload(nonce).body()).containsPattern("\"__session_[A-Za-z0-9_-]{8}=eyJ");
  }

  @Test
  void handshakeWhenSignedOutThenClearingCookies() throws Exception {
    HttpResponse<String> response = handshake(redirect("http://app.test/"), null);
    String nonce = response.headers().firstValue("Location").orElseThrow().replaceAll(".*nonce=", "");

    assertThat(payload(nonce).body()).contains("\"__session=; Path=/; Max-Age=0; SameSite=Lax\"")
        .contains("\"__client_uat=0; Path=/;");
  }

  @Test
  void handshakeWhenTokenFormatThenSignedHandshakeTokenInTheRedirect() throws Exception {
    HttpResponse<String> response = handshake(redirect("http://app.test/") + "&format=token", null);
    String token = response.headers().firstValue("Location").orElseThrow().replaceAll(".*__clerk_handshake=", "");

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat((List<?>) Jwks.claims(token).get("handshake")).isNotEmpty();
  }

  @Test
  void handshakeWhenRedirectUrlMissingOrFormatUnknownThen400() throws Exception {
    assertThat(handshake("format=nonce", null).statusCode()).isEqualTo(400);
    assertThat(handshake(redirect("http://app.test/") + "&format=html", null).statusCode()).isEqualTo(400);
    assertThat(handshake(redirect("javascript:alert(1)"), null).statusCode()).isEqualTo(400);
  }

  @Test
  void publishableKeysWhenProductionThenSameFrontendApi() {
    assertThat(fake.productionPublishableKey()).startsWith("pk_live_")
        .endsWith(fake.publishableKey().substring("pk_test_".length()));
    assertThat(Map.of("url", fake.frontendApiUrl())).containsEntry("url", fake.apiUrl());
  }
}
