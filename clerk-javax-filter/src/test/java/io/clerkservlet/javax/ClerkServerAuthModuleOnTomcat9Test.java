package io.clerkservlet.javax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.contract.ContractClient;
import io.clerkservlet.contract.ContractTokens;
import io.clerkservlet.contract.ContractTokens.Kind;
import io.clerkservlet.testkit.FakeClerkBackend;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link ClerkServerAuthModule} as Tomcat 9's authentication mechanism (embedded, JASPIC 1.1), against a
 * fake Clerk: declarative constraints for organization roles and machine scopes, 401/403/503/307, the
 * container's view of the caller, and agreement with {@link ClerkAuthFilter} on the same token.
 */
@DisplayName("javax ClerkServerAuthModule on Tomcat 9.0 (embedded)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkServerAuthModuleOnTomcat9Test {
  private static final String ROLES = "?role=org:admin&role=admin&role=org:invoices:read&role=org:member"
      + "&role=read:orders&role=**";

  private FakeClerkBackend fake;
  private ContractTokens tokens;
  private JaspicTomcat9 tomcat;
  private final ContractClient http = new ContractClient();

  @BeforeAll
  void start() throws Exception {
    fake = FakeClerkBackend.start();
    tokens = new ContractTokens(fake);
    tomcat = new JaspicTomcat9();
    Context app = tomcat.moduleApp("", contextParams("clerk.acceptsToken", "any", "clerk.mode", "optional"));
    JaspicTomcat9.constrain(app, "/secure/*", "org:admin");
    JaspicTomcat9.constrain(app, "/machine/*", ContractTokens.SCOPE);
    tomcat.moduleApp("/required", contextParams());
    tomcat.filterApp("/filter", initParams());
    tomcat.start();
  }

  @AfterAll
  void stop() throws Exception {
    try {
      tomcat.close();
    } finally {
      fake.close();
    }
  }

  private Map<String, String> initParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("secretKey", fake.secretKey());
    p.put("apiUrl", fake.apiUrl());
    p.put("publishableKey", fake.productionPublishableKey());
    p.put("roles", "org_role,org_permission,scope");
    p.put("acceptsToken", "any");
    p.put("mode", "optional");
    return p;
  }

  private Map<String, String> contextParams(String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("clerk.secretKey", fake.secretKey());
    p.put("clerk.apiUrl", fake.apiUrl());
    p.put("clerk.publishableKey", fake.productionPublishableKey());
    p.put("clerk.roles", "org_role,org_permission,scope");
    p.put("unrelated.param", "left alone");
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  private HttpResponse<String> get(String path, String... headers) {
    return http.get(tomcat.baseUrl(), path, headers);
  }

  private HttpResponse<String> bearer(String path, String token) {
    return get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
  }

  @Test
  void secureWhenOrgAdminSessionThen200AndContainerSeesClerkCallerAndRoles() {
    HttpResponse<String> r = bearer("/secure/echo" + ROLES, tokens.orgAdminSession());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/principalIsClerk").asBoolean()).isTrue();
    assertThat(echo.at("/remoteUser").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/authType").asText()).isEqualTo("CLERK");
    assertThat(echo.at("/roles/org:admin").asBoolean()).isTrue();
    assertThat(echo.at("/roles/admin").asBoolean()).isTrue();
    assertThat(echo.at("/roles/org:invoices:read").asBoolean()).isTrue();
    assertThat(echo.at("/roles/org:member").asBoolean()).isFalse();
    assertThat(echo.at("/roles/read:orders").asBoolean()).isFalse();
    assertThat(echo.at("/auth/userId").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/state/status").asText()).isEqualTo("signed-in");
    assertThat(r.headers().allValues("Set-Cookie")).as("no container session").isEmpty();
  }

  @Test
  void secureWhenSessionWithoutTheRoleThen403() {
    assertThat(bearer("/secure/echo", tokens.session()).statusCode()).isEqualTo(403);
  }

  @Test
  void secureWhenNoTokenThen401BearerChallengeAndJsonBody() {
    HttpResponse<String> r = get("/secure/echo", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(ContractClient.json(r).at("/error").asText()).isEqualTo("unauthorized");
  }

  @Test
  void secureWhenBadTokenThen401InvalidToken() {
    HttpResponse<String> r = bearer("/secure/echo", "not-a-clerk-token");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
  }

  @Test
  void unconstrainedWhenNoTokenInOptionalModeThen200WithoutCallerButWithClerkAuth() {
    HttpResponse<String> r = get("/public/echo", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/principal").isNull()).isTrue();
    assertThat(echo.at("/authType").isNull()).isTrue();
    assertThat(echo.at("/auth/authenticated").asBoolean()).isFalse();
    assertThat(echo.at("/state/status").asText()).isEqualTo("signed-out");
  }

  @Test
  void machineConstraintWhenM2MTokenWithTheScopeThen200AsTheMachine() {
    HttpResponse<String> r = bearer("/machine/echo?role=read:orders", tokens.token(Kind.M2M_JWT));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.machine().getId());
    assertThat(echo.at("/roles/read:orders").asBoolean()).isTrue();
    assertThat(echo.at("/auth/tokenType").asText()).isEqualTo("m2m_token");
  }

  @Test
  void machineConstraintWhenUserSessionThen403() {
    assertThat(bearer("/machine/echo", tokens.orgAdminSession()).statusCode()).isEqualTo(403);
  }

  @Test
  void secureWhenClerkUnavailableThen503RetryAfter() {
    fake.faults().failNext(1, 503, "/m2m_tokens/verify");
    HttpResponse<String> r = bearer("/secure/echo", tokens.token(Kind.M2M_OPAQUE));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(ContractClient.json(r).at("/error").asText()).isEqualTo("service_unavailable");
  }

  @Test
  void handshakeWhenSessionCookieOutdatedThen307() {
    String uat = Long.toString(fake.clock().instant().getEpochSecond() + 60);
    HttpResponse<String> r = get("/public/echo", "Accept", "text/html", "Sec-Fetch-Dest", "document",
        "Cookie", "__session=" + tokens.session() + "; __client_uat=" + uat);
    assertThat(r.statusCode()).isEqualTo(307);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
        .startsWith("https://" + fake.frontendApi() + "/v1/client/handshake?redirect_url="));
  }

  @Test
  void requiredModeWhenNoTokenOnUnconstrainedResourceThen401() {
    HttpResponse<String> r = get("/required/anything");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(bearer("/required/anything", tokens.session()).statusCode()).isEqualTo(200);
  }

  @Test
  void containerViewWhenSameTokenThenAgreesWithTheFilters() {
    for (String token : List.of(tokens.orgAdminSession(), tokens.session(), tokens.token(Kind.M2M_JWT),
        tokens.token(Kind.API_KEY), tokens.token(Kind.OAUTH_JWT))) {
      JsonNode module = ContractClient.json(bearer("/public/echo" + ROLES, token));
      JsonNode filter = ContractClient.json(bearer("/filter/public/echo" + ROLES, token));
      for (String field : List.of("/principal", "/remoteUser", "/authType", "/roles", "/auth", "/principalIsClerk")) {
        assertThat(module.at(field)).as(field + " for " + filter.at("/auth/tokenType")).isEqualTo(filter.at(field));
      }
      assertThat(module.at("/principal").isNull()).isFalse();
    }
  }
}
