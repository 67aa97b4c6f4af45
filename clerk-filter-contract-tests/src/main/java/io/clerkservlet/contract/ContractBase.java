package io.clerkservlet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.AcceptsToken;
import io.clerkservlet.TokenType;
import io.clerkservlet.contract.ContractTokens.Kind;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.web.ClerkClients;
import io.clerkservlet.web.ClerkFilterSettings;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The fixture of the contract suite ({@link ClerkFilterContract}): a fake Clerk, one token of
 * every kind, and the container under test, started once per class with
 * {@link #app()}, against one fake Clerk over real HTTP. Subclasses hold the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractBase {
  /** The routes that accept exactly one kind, or several. */
  static final Map<String, List<TokenType>> ACCEPTING = new LinkedHashMap<>();

  static {
    ACCEPTING.put("/session", List.of(TokenType.SESSION_TOKEN));
    ACCEPTING.put("/api_key", List.of(TokenType.API_KEY));
    ACCEPTING.put("/m2m_token", List.of(TokenType.M2M_TOKEN));
    ACCEPTING.put("/oauth_token", List.of(TokenType.OAUTH_TOKEN));
    ACCEPTING.put("/any", List.of(TokenType.values()));
    ACCEPTING.put("/list", List.of(TokenType.M2M_TOKEN, TokenType.API_KEY));
  }

  /** A well-formed secret key the fake Clerk rejects (401 {@code clerk_key_invalid}). */
  protected static final String REJECTED_SECRET_KEY = "sk_test_" + "rejectedByTheFakeClerk0000";

  protected FakeClerkBackend fake;
  protected ContractTokens tokens;
  protected ServletContainerUnderTest container;
  protected final ContractClient http = new ContractClient();
  protected int closedPort;

  /** A new, not yet started container with this module's filter and test servlets. */
  protected abstract ServletContainerUnderTest newContainer();

  @BeforeAll
  void startContainer() throws Exception {
    fake = FakeClerkBackend.start();
    tokens = new ContractTokens(fake);
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    container = newContainer();
    container.start(app());
  }

  @AfterAll
  void stopContainer() throws Exception {
    try {
      if (container != null) {
        container.stop();
      }
    } finally {
      fake.close();
    }
  }

  /** The init-params every declaration of this app shares: the fake's URL and keys. */
  protected Map<String, String> params(String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("secretKey", fake.secretKey());
    p.put("apiUrl", fake.apiUrl());
    p.put("publishableKey", fake.productionPublishableKey());
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  /** The application every test of the class runs against. */
  protected WebApp app() {
    WebApp app = new WebApp()
        .filter(FilterSpec.declared("session", params(), "/session/*")
            .dispatches(Dispatch.REQUEST, Dispatch.ASYNC, Dispatch.ERROR))
        .filter(FilterSpec.declared("api-key", params("acceptsToken", "api_key"), "/api_key/*"))
        .filter(FilterSpec.declared("m2m", params("acceptsToken", "m2m_token"), "/m2m_token/*"))
        .filter(FilterSpec.declared("oauth", params("acceptsToken", "oauth_token"), "/oauth_token/*"))
        .filter(FilterSpec.declared("any", params("acceptsToken", "any", "roles", "org_role,scope"), "/any/*")
            .dispatches(Dispatch.REQUEST, Dispatch.ASYNC, Dispatch.ERROR))
        .filter(FilterSpec.declared("list", params("acceptsToken", "m2m_token,api_key"), "/list/*"))
        .filter(FilterSpec.declared("optional", params("acceptsToken", "any", "mode", "optional",
            "debugHeaders", "true"), "/optional/*"))
        .filter(FilterSpec.declared("perm", params("roles", "org_permission"), "/perm/*"))
        .filter(FilterSpec.declared("noroles", params("roles", "off"), "/noroles/*"))
        .filter(FilterSpec.declared("down", params("acceptsToken", "any",
            "apiUrl", "http://127.0.0.1:" + closedPort), "/down/*"))
        .filter(FilterSpec.declared("badkey", params("secretKey", REJECTED_SECRET_KEY), "/badkey/*"))
        .filter(FilterSpec.declared("m2monly", Map.of("apiUrl", fake.apiUrl(), "acceptsToken", "m2m_token",
            "machineSecretKey", tokens.machine().getSecretKey()), "/m2monly/*"))
        .filter(FilterSpec.programmatic("programmatic", ClerkFilterSettings.builder().secretKey(fake.secretKey())
            .publishableKey(fake.productionPublishableKey()).apiUrl(fake.apiUrl()).acceptsToken(AcceptsToken.any())
            .build(), "/prog/*"));
    List<String> echoes = new ArrayList<>();
    for (String prefix : List.of("/session", "/api_key", "/m2m_token", "/oauth_token", "/any", "/list",
        "/optional", "/perm", "/noroles", "/down", "/badkey", "/m2monly", "/prog", "/plain")) {
      echoes.add(prefix + "/*");
    }
    return app.servlet(TestServlet.ECHO, echoes.toArray(new String[0]))
        .servlet(TestServlet.FORWARD, "/session/forward")
        .servlet(TestServlet.INCLUDE, "/session/include")
        .servlet(TestServlet.ASYNC_DISPATCH, "/any/async-dispatch")
        .servlet(TestServlet.ASYNC_COMPLETE, "/any/async-complete")
        .servlet(TestServlet.ERROR, "/session/error")
        .errorPage(500, "/session/echo");
  }

  /** GET on the container under test. */
  protected HttpResponse<String> get(String path, String... headers) {
    return http.get(container.baseUrl(), path, headers);
  }

  /** GET with a bearer token, expecting 200 JSON from the echo. */
  protected JsonNode echo(String path, String token) {
    HttpResponse<String> r = get(path, "Authorization", "Bearer " + token);
    assertThat(r.statusCode()).as("status of %s: %s", path, r.body()).isEqualTo(200);
    return ContractClient.json(r);
  }

  /** Every route with every token kind. */
  Stream<Arguments> routesAndKinds() {
    List<Arguments> out = new ArrayList<>();
    for (String route : ACCEPTING.keySet()) {
      for (Kind kind : Kind.values()) {
        out.add(Arguments.of(route, kind));
      }
    }
    return out.stream();
  }

  /** The number of shared clients open now in this JVM. */
  protected static int openClients() {
    return ClerkClients.shared().size();
  }
}
