package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.ApiKeyRoutes;
import io.clerkservlet.testkit.internal.BillingRoutes;
import io.clerkservlet.testkit.internal.FakeMachine;
import io.clerkservlet.testkit.internal.FakeState;
import io.clerkservlet.testkit.internal.IdentityStores;
import io.clerkservlet.testkit.internal.Ids;
import io.clerkservlet.testkit.internal.JwksRoutes;
import io.clerkservlet.testkit.internal.M2MTokenRoutes;
import io.clerkservlet.testkit.internal.MachineRoutes;
import io.clerkservlet.testkit.internal.OAuthRoutes;
import io.clerkservlet.testkit.internal.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
  private final LoopbackServer server;
  private final FakeState state;
  private final Router router = new Router();
  private final Faults faults = new Faults();
  private final ExchangeLog exchanges = new ExchangeLog();
  private final String publishableKey;
  private final OAuthRoutes oauth;
  private final BillingRoutes billing;
  private final IdentityStores identity;

  private FakeClerkBackend(Builder builder) throws IOException {
    this.server = new LoopbackServer(builder.port);
    String frontendApi = "127.0.0.1:" + server.port();
    this.publishableKey = "pk_test_" + Base64.getEncoder().withoutPadding()
        .encodeToString((frontendApi + "$").getBytes(StandardCharsets.UTF_8));
    String secretKey = builder.secretKey != null ? builder.secretKey : Ids.random("sk_test_", 40);
    this.state = new FakeState(secretKey, frontendApi, builder.clock,
        new ClerkSigningKeys("ins_" + Ids.random("", 8)));
    this.oauth = new OAuthRoutes(state);
    this.billing = new BillingRoutes(state);
    this.identity = new IdentityStores(state);
    registerRoutes();
    server.serve(new FakeHttpHandler(router, faults, exchanges));
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
    return "http://127.0.0.1:" + server.port();
  }

  /** The port the fake listens on. */
  public int port() {
    return server.port();
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
    return exchanges.all();
  }

  /** The exchanges whose path is exactly {@code path}. */
  public List<RecordedExchange> exchanges(String method, String path) {
    return exchanges.matching(method, path);
  }

  /** Forgets the recorded exchanges. */
  public void clearExchanges() {
    exchanges.clear();
  }

  /** Stops the server and its threads (held requests are let go); connections to its port are then refused. */
  @Override
  public void close() {
    faults.clear();
    server.close();
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
