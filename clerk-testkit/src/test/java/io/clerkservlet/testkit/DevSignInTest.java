package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's sign-in and sign-out for browsers ({@code /v1/dev/sign_in}, {@code /v1/dev/sign_out}), over real HTTP. */
class DevSignInTest {
  private static final String APP = "http://app.test/page";

  private final FakeClerkBackend fake = FakeClerkBackend.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fake.close();
  }

  private HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.frontendApiUrl() + pathAndQuery));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Follows the sign-in's redirect to the handshake and returns the session JWT of the handshake's cookies. */
  private String sessionCookieAfterHandshake(HttpResponse<String> signIn, String cookie) throws Exception {
    String handshake = signIn.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> back = get(handshake, cookie);
    assertThat(back.statusCode()).isEqualTo(307);
    String location = back.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(APP + "?__clerk_handshake_nonce=");
    String nonce = location.replaceAll(".*nonce=", "");
    String body = http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/v1/clients/handshake_payload?nonce="
        + nonce)).header("Authorization", "Bearer " + fake.secretKey()).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return body.replaceAll("(?s).*\"__session=([^;\"]*)[;\"].*", "$1");
  }

  private static String clientCookie(HttpResponse<String> signIn) {
    String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).startsWith("__client=").endsWith("; Path=/; HttpOnly; SameSite=Lax");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static String query(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void signInWhenUserThenClientCookieAndHandshakeGiveItsSessionToken() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    HttpResponse<String> signIn = get("/v1/dev/sign_in?" + query("user_id", userId) + "&"
        + query("redirect_url", APP), null);

    assertThat(signIn.statusCode()).isEqualTo(303);
    assertThat(signIn.headers().firstValue("Location")).hasValue("/v1/client/handshake?"
        + query("redirect_url", APP));
    Map<String, Object> claims = Jwks.claims(sessionCookieAfterHandshake(signIn, clientCookie(signIn)));
    assertThat(claims).containsEntry("sub", userId).containsEntry("azp", "http://app.test").doesNotContainKey("o");
  }

  @Test
  void signInWhenOrganizationThenTheSessionTokenCarriesItsRole() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    String orgId = fake.createOrganization("Acme", "acme");
    fake.addMembership(orgId, userId, "org:admin");
    HttpResponse<String> signIn = get("/v1/dev/sign_in?" + query("user_id", userId) + "&"
        + query("organization_id", orgId) + "&" + query("redirect_url", APP), null);

    Map<String, Object> claims = Jwks.claims(sessionCookieAfterHandshake(signIn, clientCookie(signIn)));
    assertThat(claims.get("o")).isEqualTo(Map.of("id", orgId, "slg", "acme", "rol", "admin"));
  }

  @Test
  void signOutWhenSignedInThenTheHandshakeClearsTheSessionCookie() throws Exception {
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    HttpResponse<String> signIn = get("/v1/dev/sign_in?" + query("user_id", userId) + "&"
        + query("redirect_url", APP), null);
    String cookie = clientCookie(signIn);

    HttpResponse<String> signOut = get("/v1/dev/sign_out?" + query("redirect_url", APP), cookie);

    assertThat(signOut.statusCode()).isEqualTo(303);
    assertThat(sessionCookieAfterHandshake(signOut, cookie)).isEmpty();
  }

  @Test
  void signInWhenUnknownUserOrBadRedirectThenRefused() throws Exception {
    assertThat(get("/v1/dev/sign_in?user_id=user_nobody&" + query("redirect_url", APP), null).statusCode())
        .isEqualTo(404);
    String userId = fake.createUser("ada@example.test", "Ada", "Lovelace");
    assertThat(get("/v1/dev/sign_in?" + query("user_id", userId) + "&redirect_url=javascript:alert(1)", null)
        .statusCode()).isEqualTo(400);
  }
}
