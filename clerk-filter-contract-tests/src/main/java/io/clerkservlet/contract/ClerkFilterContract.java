package io.clerkservlet.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.contract.ContractTokens.Kind;
import io.clerkservlet.testkit.FakeClerkBackend;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract both Clerk filters meet in every container, written once: a test class per
 * filter and container extends it, names the container in {@code @DisplayName}, and implements
 * {@link #newContainer()}. Besides {@link AuthenticationContract} and {@link FailureAnswersContract}:
 * dispatches (forward, include, error, async; authenticated once per request), the handshake,
 * misconfiguration at init, and a redeploy leak check.
 */
public abstract class ClerkFilterContract extends FailureAnswersContract {
  private static final String VERIFY_API_KEY = "/api_keys/verify";

  @Test
  void forwardWhenSignedInThenTargetSeesPrincipalAndAuth() {
    JsonNode echo = echo("/session/forward", tokens.session());
    assertThat(echo.at("/dispatch").asText()).isEqualTo("FORWARD");
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/auth/userId").asText()).isEqualTo(tokens.userId());
  }

  @Test
  void includeWhenSignedInThenIncludedServletSeesPrincipalAndAuth() {
    JsonNode echo = echo("/session/include", tokens.session());
    assertThat(echo.at("/dispatch").asText()).isEqualTo("INCLUDE");
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.userId());
  }

  @Test
  void errorDispatchWhenServletFailsThenErrorPageSeesPrincipalAndAuthOnce() {
    HttpResponse<String> r = get("/session/error", "Authorization", "Bearer " + tokens.session());
    assertThat(r.statusCode()).isEqualTo(500);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/dispatch").asText()).isEqualTo("ERROR");
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.userId());
  }

  @Test
  void asyncDispatchWhenOpaqueTokenThenAuthenticatedOnceAndPrincipalKept() {
    fake.clearExchanges();
    JsonNode echo = echo("/any/async-dispatch?to=/any/echo", tokens.token(Kind.API_KEY));
    assertThat(echo.at("/dispatch").asText()).isEqualTo("ASYNC");
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/auth/tokenType").asText()).isEqualTo("api_key");
    assertThat(fake.exchanges("POST", VERIFY_API_KEY)).hasSize(1);
  }

  @Test
  void asyncCompleteWhenWrittenFromAnotherThreadThenAuthReadable() {
    JsonNode echo = echo("/any/async-complete", tokens.token(Kind.OAUTH_JWT));
    assertThat(echo.at("/auth/authenticated").asBoolean()).as(echo.toString()).isTrue();
    assertThat(echo.at("/auth/userId").asText()).isEqualTo(tokens.userId());
  }

  @Test
  void handshakeWhenSessionCookieOutdatedThen307WithLocationCookiesAndNoCache() {
    String uat = Long.toString(fake.clock().instant().getEpochSecond() + 60);
    HttpResponse<String> r = get("/session/echo", "Accept", "text/html", "Sec-Fetch-Dest", "document",
        "Cookie", "__session=" + tokens.session() + "; __client_uat=" + uat);
    assertThat(r.statusCode()).isEqualTo(307);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
        .startsWith("https://" + fake.frontendApi() + "/v1/client/handshake?redirect_url=")
        .contains("&__clerk_hs_reason=session-token-iat-before-client-uat&"));
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("__clerk_redirect_count=1"));
  }

  @Test
  void initWhenSettingMalformedThenAppDoesNotStartAndMessageNamesSetting() throws Exception {
    assertInitFails(Map.of("secretKey", fake.secretKey(), "clockSkew", "soon"), "clockSkew");
    assertInitFails(Map.of("secretKey", fake.secretKey(), "mode", "lenient"), "mode");
    assertInitFails(Map.of("secretKey", fake.secretKey(), "acceptsToken", "cookie"), "acceptsToken");
    assertInitFails(Map.of("secretKey", fake.secretKey(), "acceptsToken", "api_key", "callTimeout", "0"),
        "CLERK_CALL_TIMEOUT): callTimeout must be a positive duration");
  }

  @Test
  void initWhenInitParamMisspeltThenAppDoesNotStartAndMessageSuggestsTheSetting() throws Exception {
    assertInitFails(Map.of("secretKey", fake.secretKey(), "acceptToken", "m2m_token"),
        "Clerk filter \"broken\" cannot start: Unknown Clerk filter setting \"acceptToken\" "
            + "(did you mean \"acceptsToken\"?)");
    assertInitFails(Map.of("secretKey", fake.secretKey(), "publishableKey", fake.publishableKey(),
        "authorizedParty", "https://app.example"), "Unknown Clerk filter setting \"authorizedParty\" "
            + "(did you mean \"authorizedParties\"?)");
  }

  @Test
  void initWhenApiKeysAcceptedWithoutSecretKeyThenAppDoesNotStartAndMessageNamesSecretKey() throws Exception {
    assertInitFails(Map.of("apiUrl", fake.apiUrl(), "jwtKey", fake.jwtKeyPem(), "acceptsToken", "api_key"),
        "CLERK_SECRET_KEY): secretKey is required to verify machine tokens: acceptsToken includes api_key");
  }

  @Test
  void initWhenSessionTokensAcceptedWithoutPublishableKeyThenAppDoesNotStart() throws Exception {
    assertInitFails(Map.of("secretKey", fake.secretKey(), "apiUrl", fake.apiUrl()), "publishableKey");
  }

  @Test
  void initWhenNoKeyThenAppDoesNotStartAndMessageNamesSecretKey() throws Exception {
    assertInitFails(Map.of("apiUrl", fake.apiUrl()), "CLERK_SECRET_KEY");
  }

  private void assertInitFails(Map<String, String> params, String expected) throws Exception {
    ServletContainerUnderTest broken = newContainer();
    WebApp app = new WebApp().filter(FilterSpec.declared("broken", params, "/*"))
        .servlet(TestServlet.ECHO, "/*");
    try {
      assertThatThrownBy(() -> broken.start(app)).as(broken.name())
          .satisfies(e -> assertThat(messages(e)).contains(expected));
    } finally {
      broken.stop();
    }
  }

  private static String messages(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        out.append(messages(s));
      }
    }
    return out.toString();
  }

  @Test
  void redeployWhenRepeatedThenNoThreadConnectionOrClientLeft() throws Exception {
    try (FakeClerkBackend other = FakeClerkBackend.start()) {
      ContractTokens otherTokens = new ContractTokens(other);
      int clientsBefore = openClients();
      Set<Thread> threadsBefore = LeakProbe.threads();
      for (int i = 0; i < 3; i++) {
        ServletContainerUnderTest c = newContainer();
        Map<String, String> params = Map.of("secretKey", other.secretKey(), "apiUrl", other.apiUrl(),
            "acceptsToken", "any", "publishableKey", other.productionPublishableKey());
        c.start(new WebApp().filter(FilterSpec.declared("a", params, "/*"))
            .filter(FilterSpec.declared("b", params, "/*")).servlet(TestServlet.ECHO, "/*"));
        HttpResponse<String> r = http.get(c.baseUrl(), "/echo", "Authorization",
            "Bearer " + otherTokens.token(Kind.API_KEY));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(openClients()).isEqualTo(clientsBefore + 1);
        if (LeakProbe.canCountConnections()) {
          assertThat(LeakProbe.establishedTo(other.port())).as("pooled connection to Clerk").isPositive();
        }
        c.stop();
        assertThat(openClients()).isEqualTo(clientsBefore);
        if (LeakProbe.canCountConnections()) {
          assertThat(LeakProbe.await(5000, () -> LeakProbe.establishedTo(other.port()) == 0))
              .as("connections to Clerk closed").isTrue();
        }
      }
      assertThat(LeakProbe.await(5000, () -> LeakProbe.newThreads(threadsBefore).isEmpty()))
          .as("threads left: %s", LeakProbe.newThreads(threadsBefore)).isTrue();
    }
  }
}
