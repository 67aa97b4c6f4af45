package io.clerkservlet.example.servers;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.api.CreateApiKeyParams;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import io.clerkservlet.testkit.WebhookSigner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake Clerk the example runs against, with its cast: a user, an organization the user
 * administers, the example application's own machine ({@code CLERK_MACHINE_SECRET_KEY}), a worker
 * machine allowed to call it, an API key, an OAuth access token and a webhook signing secret.
 */
public final class ExampleClerk implements AutoCloseable {
  /** The scope of the API key and the OAuth tokens. */
  public static final String SCOPE = "read:orders";
  /** The OAuth client of the OAuth tokens. */
  public static final String OAUTH_CLIENT = "example-oauth-client";
  /** The organization of the admin session. */
  public static final String ORG_SLUG = "acme";

  private final FakeClerkBackend fake;
  private final String userId;
  private final String orgId;
  private final MachineCredentials app;
  private final MachineCredentials worker;
  private final String apiKey;
  private final String m2mOpaque;
  private final String oauthOpaque;
  private final String webhookSecret = WebhookSigner.newSecret();

  private ExampleClerk(FakeClerkBackend fake) {
    this.fake = fake;
    this.userId = fake.createUser("ada@example.com", "Ada", "Lovelace");
    this.orgId = fake.createOrganization("Acme", ORG_SLUG);
    fake.addMembership(orgId, userId, "org:admin");
    this.app = fake.createMachine("example-app");
    this.worker = fake.createMachine("nightly-worker");
    fake.allowMachineToCall(worker.getId(), app.getId());
    try (ClerkClient client = ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
        .machineSecretKey(worker.getSecretKey()).build()) {
      this.apiKey = client.apiKeys().create(CreateApiKeyParams.builder().name("example-key").subject(userId)
          .scopes(List.of(SCOPE)).build()).getSecret();
      this.m2mOpaque = client.m2mTokens().createToken().getToken();
    }
    this.oauthOpaque = fake.createOAuthAccessToken(userId, OAUTH_CLIENT, List.of(SCOPE)).getToken();
  }

  /** Starts a fake Clerk on a free port of 127.0.0.1 with the cast. */
  public static ExampleClerk start() {
    return start(0);
  }

  /** Starts a fake Clerk on {@code port} of 127.0.0.1 (0: a free one) with the cast. */
  public static ExampleClerk start(int port) {
    FakeClerkBackend fake = FakeClerkBackend.builder().port(port).start();
    try {
      return new ExampleClerk(fake);
    } catch (RuntimeException e) {
      fake.close();
      throw e;
    }
  }

  /** The environment of the example application: the standard {@code CLERK_*} variables. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("CLERK_API_URL", fake.apiUrl());
    env.put("CLERK_SECRET_KEY", fake.secretKey());
    env.put("CLERK_PUBLISHABLE_KEY", fake.productionPublishableKey());
    env.put("CLERK_MACHINE_SECRET_KEY", app.getSecretKey());
    env.put("CLERK_WEBHOOK_SIGNING_SECRET", webhookSecret);
    // Browsers: session refreshes (handshakes) go to the fake's Frontend API over plain HTTP, and the
    // start page offers the fake's sign-in (example-war-common's ExamplePages) as the user (no active
    // organization) or as Acme's admin.
    env.put("CLERK_PROXY_URL", fake.frontendApiUrl());
    String signIn = fake.frontendApiUrl() + "/v1/dev/sign_in?user_id=" + userId;
    env.put("EXAMPLE_SIGN_IN_URL", signIn);
    env.put("EXAMPLE_ADMIN_SIGN_IN_URL", signIn + "&organization_id=" + orgId);
    env.put("EXAMPLE_SIGN_OUT_URL", fake.frontendApiUrl() + "/v1/dev/sign_out");
    return env;
  }

  /** The fake itself (faults, exchanges, more tokens). */
  public FakeClerkBackend fake() {
    return fake;
  }

  /** The user of the sessions, API key and OAuth tokens. */
  public String userId() {
    return userId;
  }

  /** The organization the user administers. */
  public String orgId() {
    return orgId;
  }

  /** The example application's own machine. */
  public MachineCredentials app() {
    return app;
  }

  /** The machine that calls the application (its M2M tokens are scoped to {@link #app()}). */
  public MachineCredentials worker() {
    return worker;
  }

  /** A session JWT of the user, without an active organization. */
  public String sessionToken(Duration lifetime) {
    return fake.tokens().sessionToken(userId).lifetime(lifetime).sign();
  }

  /** A session JWT of the user with the organization active, as {@code org:admin}. */
  public String adminSessionToken(Duration lifetime) {
    return fake.tokens().sessionToken(userId).lifetime(lifetime)
        .v1Organization(orgId, ORG_SLUG, "org:admin", List.of("org:invoices:read")).sign();
  }

  /** The worker's opaque M2M token ({@code mt_…}), verified by Clerk on every use. */
  public String m2mOpaqueToken() {
    return m2mOpaque;
  }

  /** A fresh M2M JWT of the worker, scoped to the application; verified locally with the JWKS. */
  public String m2mJwt(Duration lifetime) {
    return fake.tokens().m2mJwt(worker.getId()).scopes(app.getId()).lifetime(lifetime).sign();
  }

  /** The user's API key ({@code ak_…}). */
  public String apiKey() {
    return apiKey;
  }

  /** The user's opaque OAuth access token ({@code oat_…}). */
  public String oauthToken() {
    return oauthOpaque;
  }

  /** A fresh OAuth access token JWT of the user. */
  public String oauthJwt(Duration lifetime) {
    return fake.tokens().oauthJwt(userId, OAUTH_CLIENT).scopes(SCOPE).lifetime(lifetime).sign();
  }

  /** Signs webhooks with the application's signing secret. */
  public WebhookSigner webhookSigner() {
    return new WebhookSigner(webhookSecret);
  }

  /** Stops the fake. */
  @Override
  public void close() {
    fake.close();
  }
}
