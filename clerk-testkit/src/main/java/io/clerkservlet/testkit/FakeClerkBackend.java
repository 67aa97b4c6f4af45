package io.clerkservlet.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.clerkservlet.testkit.internal.ApiKeyRoutes;
import io.clerkservlet.testkit.internal.BillingRoutes;
import io.clerkservlet.testkit.internal.FakeError;
import io.clerkservlet.testkit.internal.FakeJson;
import io.clerkservlet.testkit.internal.FakeMachine;
import io.clerkservlet.testkit.internal.FakeRequest;
import io.clerkservlet.testkit.internal.FakeState;
import io.clerkservlet.testkit.internal.Handler;
import io.clerkservlet.testkit.internal.IdentityStores;
import io.clerkservlet.testkit.internal.Ids;
import io.clerkservlet.testkit.internal.JwksRoutes;
import io.clerkservlet.testkit.internal.M2MTokenRoutes;
import io.clerkservlet.testkit.internal.MachineRoutes;
import io.clerkservlet.testkit.internal.OAuthRoutes;
import io.clerkservlet.testkit.internal.Reply;
import io.clerkservlet.testkit.internal.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Clerk Backend API on a real loopback port, for tests and demos. It keeps state (machines,
 * M2M tokens, API keys, users, ...) in memory, answers as Clerk's OpenAPI spec says, enforces the
 * bearer rules, records every exchange and can inject faults. It also plays the Frontend API's
 * handshake redirect ({@code GET /v1/client/handshake}) for browser-flow tests: give
 * {@link #frontendApiUrl()} as {@code proxyUrl} and sign a browser in with
 * {@link #signInDevBrowser(String, String)} (or send the session's {@code __client} cookie).
 *
 * <pre>{@code
 * try (FakeClerkBackend fake = FakeClerkBackend.start()) {
 *   MachineCredentials machine = fake.createMachine("worker");
 *   ClerkClient clerk = ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey()).build();
 * }
 * }</pre>
 */
public final class FakeClerkBackend implements AutoCloseable {
  static {
    // The JDK server otherwise answers kept-alive connections after a delayed ACK (~40 ms each).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final FakeState state;
  private final Router router = new Router();
  private final Faults faults = new Faults();
  private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
  private final String publishableKey;
  private final OAuthRoutes oauth;
  private final BillingRoutes billing;
  private final IdentityStores identity;

  private FakeClerkBackend(Builder builder) throws IOException {
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
    String frontendApi = "127.0.0.1:" + server.getAddress().getPort();
    this.publishableKey = "pk_test_" + Base64.getEncoder().withoutPadding()
        .encodeToString((frontendApi + "$").getBytes(StandardCharsets.UTF_8));
    String secretKey = builder.secretKey != null ? builder.secretKey : Ids.random("sk_test_", 40);
    this.state = new FakeState(secretKey, frontendApi, builder.clock,
        new ClerkSigningKeys("ins_" + Ids.random("", 8)));
    this.oauth = new OAuthRoutes(state);
    this.billing = new BillingRoutes(state);
    this.identity = new IdentityStores(state);
    registerRoutes();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-clerk-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  private void registerRoutes() {
    M2MTokenRoutes m2mTokens = new M2MTokenRoutes(state);
    m2mTokens.register(router);
    new JwksRoutes(state).register(router);
    new ApiKeyRoutes(state).register(router);
    oauth.register(router);
    billing.register(router);
    new MachineRoutes(state, m2mTokens).register(router);
    identity.register(router);
  }

  /** Starts a fake on a random loopback port with a random secret key. */
  public static FakeClerkBackend start() {
    return builder().start();
  }

  /** A builder for a fake with a chosen port, secret key or clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give {@code ClerkClient.Builder.apiUrl}, for example {@code http://127.0.0.1:41234}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The port the fake listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The instance secret key ({@code sk_test_…}). */
  public String secretKey() {
    return state.secretKey();
  }

  /** A publishable key whose Frontend API is this fake ({@code 127.0.0.1:<port>}). */
  public String publishableKey() {
    return publishableKey;
  }

  /** A {@code pk_live_} key for the same Frontend API, to test production-instance behaviour. */
  public String productionPublishableKey() {
    return "pk_live_" + publishableKey.substring("pk_test_".length());
  }

  /**
   * The fake's Frontend API as an http URL ({@code http://127.0.0.1:<port>}): give it as
   * {@code proxyUrl} so handshake redirects reach the fake's {@code /v1/client/handshake}.
   */
  public String frontendApiUrl() {
    return apiUrl();
  }

  /** The Frontend API host encoded in the publishable key. */
  public String frontendApi() {
    return state.frontendApi();
  }

  /** The instance's signing keys (rotate them to test JWKS refresh). */
  public ClerkSigningKeys signingKeys() {
    return state.keys();
  }

  /** Mints session, M2M, OAuth and other JWTs signed with this instance's current key. */
  public ClerkTokens tokens() {
    return state.tokens();
  }

  /** The current signing key as PEM, for networkless verification ({@code jwtKey}). */
  public String jwtKeyPem() {
    return state.keys().publicKeyPem();
  }

  /** The clock the fake uses for timestamps and token lifetimes. */
  public Clock clock() {
    return state.clock();
  }

  /** Creates a machine with a default token lifetime of one hour. */
  public MachineCredentials createMachine(String name) {
    FakeMachine m = state.createMachine(name, FakeState.DEFAULT_M2M_TTL_SECONDS);
    return new MachineCredentials(m.id, m.name, m.secretKey);
  }

  /** Lets machine {@code fromId} call machine {@code toId} (adds {@code toId} to its scopes). */
  public void allowMachineToCall(String fromId, String toId) {
    synchronized (state) {
      state.machine(fromId).scopes.add(state.machine(toId).id);
    }
  }

  /**
   * Issues an opaque OAuth access token ({@code oat_…}, valid for one hour) as if the user had
   * granted {@code scopes} to the OAuth application {@code clientId}.
   *
   * @throws IllegalArgumentException when {@code userId} is not {@code user_} + 27 letters or digits
   */
  @SuppressWarnings("unchecked")
  public OAuthAccessTokenCredentials createOAuthAccessToken(String userId, String clientId,
      List<String> scopes) {
    Map<String, Object> t = oauth.issue(userId, clientId, scopes);
    return new OAuthAccessTokenCredentials((String) t.get("id"), (String) t.get("__secret"),
        userId, clientId, (List<String>) t.get("scopes"), (Long) t.get("expiration"));
  }

  /** Revokes an OAuth access token issued by {@link #createOAuthAccessToken}. */
  public void revokeOAuthAccessToken(String id, String reason) {
    oauth.revoke(id, reason);
  }

  /**
   * Subscribes a user ({@code user_…}) or organization ({@code org_…}) to one of the seeded
   * billing plans, ending its current plan: {@code free_user} or {@code pro} (14-day free trial)
   * for users, {@code team} for organizations. Returns the new subscription item's id.
   *
   * @throws IllegalArgumentException for an unknown plan or one for the other payer type
   */
  public String createBillingSubscription(String payerId, String planSlug) {
    return billing.subscribe(payerId, planSlug);
  }

  /** Creates a user with one verified email address; returns the user id ({@code user_…}). */
  public String createUser(String email, String firstName, String lastName) {
    return identity.createUser(email, firstName, lastName);
  }

  /** Creates an active session for an existing user, on a new client. */
  public FakeSession createSession(String userId) {
    String[] s = identity.createSession(userId);
    return new FakeSession(s[0], s[1], userId, s[2], s[3]);
  }

  /**
   * Creates a signed-out development browser (a new client) and returns its token, the value of the
   * {@code __clerk_db_jwt} cookie and query parameter that the handshake endpoint recognizes.
   */
  public String createDevBrowser() {
    return identity.createDevBrowser();
  }

  /**
   * Signs a user in on a development browser's client, as the sign-in page would: the next
   * handshake from that browser gets fresh {@code __session}/{@code __client_uat} cookies.
   *
   * @throws IllegalArgumentException for an unknown browser token or user
   */
  public FakeSession signInDevBrowser(String devBrowserToken, String userId) {
    String[] s = identity.signInDevBrowser(devBrowserToken, userId);
    return new FakeSession(s[0], s[1], userId, s[2], s[3]);
  }

  /** Creates an organization (a null slug is derived from the name); returns its id ({@code org_…}). */
  public String createOrganization(String name, String slug) {
    return identity.createOrganization(name, slug);
  }

  /** Adds a user to an organization as {@code org:admin} or {@code org:member}; returns the membership id. */
  public String addMembership(String organizationId, String userId, String role) {
    return identity.addMembership(organizationId, userId, role);
  }

  /** Makes {@code GET /v1/clients/handshake_payload?nonce=…} answer these Set-Cookie directives. */
  public void putHandshakePayload(String nonce, List<String> directives) {
    identity.putHandshakePayload(nonce, directives);
  }

  /** Fault injection for the next requests. */
  public Faults faults() {
    return faults;
  }

  /** Every exchange so far, oldest first. */
  public List<RecordedExchange> exchanges() {
    return Collections.unmodifiableList(new ArrayList<>(exchanges));
  }

  /** The exchanges whose path is exactly {@code path}. */
  public List<RecordedExchange> exchanges(String method, String path) {
    List<RecordedExchange> out = new ArrayList<>();
    for (RecordedExchange e : exchanges) {
      if (e.getMethod().equals(method) && e.getPath().equals(path)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Forgets the recorded exchanges. */
  public void clearExchanges() {
    exchanges.clear();
  }

  /** Stops the server and its threads (held requests are let go); connections to its port are then refused. */
  @Override
  public void close() {
    faults.clear();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] requestBody = readAll(exchange.getRequestBody());
      String path = exchange.getRequestURI().getPath();
      FakeRequest request = FakeRequests.of(exchange, requestBody);
      Faults.Fault fault = faults.take(path);
      Reply reply;
      if (fault != null && fault.kind == Faults.Kind.DROP) {
        record(exchange, requestBody, 0, Collections.<String, String>emptyMap(), new byte[0], true);
        return;
      }
      if (fault != null && fault.kind == Faults.Kind.DELAY) {
        sleep(fault.delay.toMillis());
        fault = null;
      }
      if (fault != null && fault.kind == Faults.Kind.HOLD) {
        fault.held.hold();
        fault = null;
      }
      Faults.Fault dribble = fault != null && fault.kind == Faults.Kind.DRIBBLE ? fault : null;
      if (dribble != null) {
        fault = null;
      }
      if (fault != null && fault.kind == Faults.Kind.RESPOND) {
        send(exchange, requestBody, fault.status, fault.headers,
            fault.body.getBytes(StandardCharsets.UTF_8), true, null);
        return;
      }
      if (fault != null && fault.kind == Faults.Kind.MALFORMED) {
        send(exchange, requestBody, 200, Collections.<String, String>emptyMap(),
            "{\"object\": \"broken".getBytes(StandardCharsets.UTF_8), true, null);
        return;
      }
      reply = fault != null ? failure(fault.status) : route(request);
      send(exchange, requestBody, reply.status(), reply.headers(), body(reply), fault != null, dribble);
    } finally {
      exchange.close();
    }
  }

  private Reply route(FakeRequest request) {
    Handler handler = FakeRequests.match(router, request);
    if (handler == null) {
      return Reply.error(404, "resource_not_found", "not found",
          "No route " + request.method() + " " + request.path() + " in the fake Clerk.", null);
    }
    try {
      return handler.handle(request);
    } catch (FakeError e) {
      return e.reply();
    } catch (RuntimeException e) {
      return Reply.error(500, "internal_clerk_error", "internal error",
          "The fake Clerk failed: " + e, null);
    }
  }

  private static Reply failure(int status) {
    Reply reply = Reply.error(status, status == 429 ? "too_many_requests" : "injected_fault",
        "injected fault", "The fake Clerk was told to answer " + status + ".", null);
    if (status == 429 || status == 503) {
      reply.header("Retry-After", "0");
    }
    return reply;
  }

  private static byte[] body(Reply reply) {
    if (reply.body() == null) {
      return new byte[0];
    }
    try {
      return FakeJson.MAPPER.writeValueAsBytes(reply.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void send(HttpExchange exchange, byte[] requestBody, int status,
      Map<String, String> headers, byte[] body, boolean injected, Faults.Fault dribble) throws IOException {
    Headers out = exchange.getResponseHeaders();
    Map<String, String> recorded = new LinkedHashMap<>(headers);
    if (body.length > 0 && !hasContentType(headers)) {
      recorded.put("Content-Type", "application/json");
    }
    for (Map.Entry<String, String> h : recorded.entrySet()) {
      out.set(h.getKey(), h.getValue());
    }
    record(exchange, requestBody, status, recorded, body, injected);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        if (dribble == null) {
          os.write(body);
        } else {
          dribble.held.dribble(os, body, dribble.delay);
        }
      }
    }
  }

  private static boolean hasContentType(Map<String, String> headers) {
    for (String name : headers.keySet()) {
      if (name.equalsIgnoreCase("Content-Type")) {
        return true;
      }
    }
    return false;
  }

  private void record(HttpExchange exchange, byte[] requestBody, int status,
      Map<String, String> headers, byte[] body, boolean injected) {
    exchanges.add(new RecordedExchange(exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        new LinkedHashMap<>(exchange.getRequestHeaders()), requestBody, status, headers, body,
        injected));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Builds a {@link FakeClerkBackend}. */
  public static final class Builder {
    private int port;
    private String secretKey;
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /** The loopback port; 0 (default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The instance secret key; random {@code sk_test_…} by default. */
    public Builder secretKey(String secretKey) {
      this.secretKey = secretKey;
      return this;
    }

    /** The clock for timestamps and token lifetimes; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Binds the port and starts answering. */
    public FakeClerkBackend start() {
      try {
        return new FakeClerkBackend(this);
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the fake Clerk on port " + port, e);
      }
    }
  }
}
