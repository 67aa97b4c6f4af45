package io.clerkservlet.example.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clerkservlet.web.AuthSummary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What an example WAR must do in a real server: one server per class, started once with the WAR
 * (system property {@code example.war}) against a fake Clerk; every kind of token on {@code /api/me},
 * 401 and 503, the JSP page, the admin role, machines on {@code /internal/jobs}, the M2M loop, the
 * webhook; last, undeploying leaves no leak warning in the server's log. A failing test prints the
 * log's tail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ExampleWarChecks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  @RegisterExtension
  final TestWatcher logOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (server != null) {
        System.err.println("--- " + server.name() + " log tail (" + server.logFile() + ") ---\n" + server.logTail(80));
      }
    }
  };

  /** The fake Clerk and its cast. */
  protected ExampleClerk clerk;
  /** The server under test. */
  protected AppServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A new server of this class's distribution, working in {@code workDir}. */
  protected abstract AppServer newServer(Path workDir);

  /** A path from a system property the build sets. */
  protected static Path pathProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("System property " + name + " is not set: run the tests with ./mvnw verify");
    }
    return Path.of(value);
  }

  @BeforeAll
  void startServer() throws IOException {
    Path war = pathProperty("example.war");
    clerk = ExampleClerk.start();
    server = newServer(war.getParent());
    server.start(war, clerk.environment());
  }

  @AfterAll
  void stopServer() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (clerk != null) {
        clerk.close();
      }
    }
  }

  @Test
  void pageWhenNoTokenThenSignInHint() throws Exception {
    HttpResponse<String> r = get("/", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.body()).contains("Hello! You are not signed in.").contains("Sign in with Clerk");
  }

  @Test
  void pageWhenSessionTokenThenGreetsUserFromRequestAttribute() throws Exception {
    HttpResponse<String> r = get("/", clerk.sessionToken(LIFETIME));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Hello, " + clerk.userId() + "!");
  }

  @Test
  void meWhenSessionTokenThenEveryFieldInOrder() throws Exception {
    Map<String, Object> me = me(clerk.adminSessionToken(LIFETIME), "session_token");
    assertThat(new ArrayList<>(me.keySet())).isEqualTo(expectedKeys());
    assertThat(me).containsEntry("userId", clerk.userId()).containsEntry("orgId", clerk.orgId())
        .containsEntry("orgRole", "org:admin").containsEntry("orgSlug", ExampleClerk.ORG_SLUG)
        .containsEntry("reason", null).containsEntry("machineId", null);
  }

  @Test
  void meWhenOpaqueM2MTokenThenWorkerMachine() throws Exception {
    Map<String, Object> me = me(clerk.m2mOpaqueToken(), "m2m_token");
    assertThat(me).containsEntry("machineId", clerk.worker().getId()).containsEntry("userId", null)
        .containsEntry("scopes", List.of(clerk.app().getId()));
  }

  @Test
  void meWhenM2MJwtThenWorkerMachine() throws Exception {
    Map<String, Object> me = me(clerk.m2mJwt(LIFETIME), "m2m_token");
    assertThat(me).containsEntry("machineId", clerk.worker().getId());
  }

  @Test
  void meWhenApiKeyThenUserAndScopes() throws Exception {
    Map<String, Object> me = me(clerk.apiKey(), "api_key");
    assertThat(me).containsEntry("userId", clerk.userId()).containsEntry("name", "example-key")
        .containsEntry("scopes", List.of(ExampleClerk.SCOPE));
  }

  @Test
  void meWhenOAuthTokenThenUserAndClient() throws Exception {
    for (String token : List.of(clerk.oauthToken(), clerk.oauthJwt(LIFETIME))) {
      Map<String, Object> me = me(token, "oauth_token");
      assertThat(me).containsEntry("userId", clerk.userId()).containsEntry("clientId", ExampleClerk.OAUTH_CLIENT);
    }
  }

  @Test
  void meWhenNoTokenThen401BearerChallenge() throws Exception {
    HttpResponse<String> r = get("/api/me", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void meWhenBadTokenThen401InvalidToken() throws Exception {
    HttpResponse<String> r = get("/api/me", "not-a-clerk-token");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));
    assertThat(json(r)).containsEntry("error", "unauthorized");
  }

  @Test
  void meWhenClerkDownThen503RetryAfter() throws Exception {
    // every verification fails (the container-managed security of the javax WAR verifies the token too)
    clerk.fake().faults().failNext(5, 503, "/m2m_tokens/verify");
    try {
      HttpResponse<String> r = get("/api/me", clerk.m2mOpaqueToken());
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    } finally {
      clerk.fake().faults().clear();
    }
  }

  @Test
  void adminWhenOrgAdminThen200() throws Exception {
    HttpResponse<String> r = get("/api/admin", clerk.adminSessionToken(LIFETIME));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r)).containsEntry("admin", true).containsEntry("orgRole", "org:admin");
  }

  @Test
  void adminWhenBrowserAsksForHtmlThenThe403IsAPage() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin"))
        .header("Accept", "text/html,*/*;q=0.8").header("Authorization", "Bearer " + clerk.sessionToken(LIFETIME))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("403: not an organization admin");
  }

  @Test
  void adminWhenNoActiveOrganizationThen403() throws Exception {
    HttpResponse<String> r = get("/api/admin", clerk.sessionToken(LIFETIME));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r)).containsEntry("error", "forbidden");
  }

  @Test
  void internalJobsWhenM2MTokenThenEchoesMachineAndScopes() throws Exception {
    HttpResponse<String> r = post("/internal/jobs", clerk.m2mJwt(LIFETIME), "{}", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r)).containsEntry("accepted", true).containsEntry("tokenType", "m2m_token")
        .containsEntry("machineId", clerk.worker().getId()).containsEntry("scopes", List.of(clerk.app().getId()));
  }

  @Test
  void internalJobsWhenSessionTokenThen401() throws Exception {
    HttpResponse<String> r = post("/internal/jobs", clerk.sessionToken(LIFETIME), "{}", Map.of());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void m2mCallInternalThenCreatesCallsAndRevokes() throws Exception {
    HttpResponse<String> r = get("/m2m/call-internal", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, Object> loop = json(r);
    assertThat(loop).containsEntry("machineId", clerk.app().getId()).containsEntry("internalStatus", 200)
        .containsEntry("revoked", true);
    assertThat((Map<String, Object>) loop.get("internalAnswer")).containsEntry("machineId", clerk.app().getId());
  }

  @Test
  void webhookWhenSignedThen204() throws Exception {
    String body = "{\"type\":\"user.created\",\"object\":\"event\",\"data\":{\"id\":\"" + clerk.userId() + "\"}}";
    HttpResponse<String> r = post("/webhooks/clerk", null, body, clerk.webhookSigner().headers(body));
    assertThat(r.statusCode()).isEqualTo(204);
  }

  @Test
  void webhookWhenBodyTamperedThen400() throws Exception {
    String body = "{\"type\":\"user.created\",\"object\":\"event\",\"data\":{}}";
    HttpResponse<String> r = post("/webhooks/clerk", null, body.replace("created", "deleted"),
        clerk.webhookSigner().headers(body));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r)).containsEntry("error", "invalid_webhook");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void undeployThenNoLeakWarningsInServerLog() throws Exception {
    server.undeploy();
    assertThat(get("/", null).statusCode()).isEqualTo(404);
    assertThat(server.problemLines()).as("problems in " + server.logFile()).isEmpty();
  }

  private static List<String> expectedKeys() {
    List<String> keys = new ArrayList<>(List.of("status", "reason", "message", "tokenType", "isAuthenticated"));
    keys.addAll(AuthSummary.AUTH_FIELDS);
    return keys;
  }

  private Map<String, Object> me(String token, String tokenType) throws Exception {
    HttpResponse<String> r = get("/api/me", token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    Map<String, Object> me = json(r);
    assertThat(me).containsEntry("status", "signed-in").containsEntry("tokenType", tokenType)
        .containsEntry("isAuthenticated", true);
    assertThat(r.body()).doesNotContain(token);
    return me;
  }

  /** The JSON object of a response. */
  protected static Map<String, Object> json(HttpResponse<String> r) throws IOException {
    return JSON.readValue(r.body(), new TypeReference<LinkedHashMap<String, Object>>() { });
  }

  /** A GET of {@code path} below the example, accepting JSON, with the bearer token when not null. */
  protected HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, text/html");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
