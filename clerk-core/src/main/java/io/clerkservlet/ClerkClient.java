package io.clerkservlet;

import static io.clerkservlet.internal.Strings.blankToNull;

import io.clerkservlet.api.ApiKeyApi;
import io.clerkservlet.api.BillingApi;
import io.clerkservlet.api.ClientApi;
import io.clerkservlet.api.IdpOAuthAccessTokenApi;
import io.clerkservlet.api.InvitationApi;
import io.clerkservlet.api.JwksApi;
import io.clerkservlet.api.M2MTokenApi;
import io.clerkservlet.api.MachineApi;
import io.clerkservlet.api.OrganizationApi;
import io.clerkservlet.api.SessionApi;
import io.clerkservlet.api.UserApi;
import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.http.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The entry point to one Clerk instance: request authentication ({@link #authenticateRequest}),
 * session token verification ({@link #verifyToken(String)}) and the Backend API resources.
 *
 * <p><b>Share one.</b> A {@code ClerkClient} is thread-safe and holds a connection pool and key
 * caches; create one per Clerk instance at start-up, share it, and {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * try (ClerkClient clerk = ClerkClient.builder().secretKey(System.getenv("CLERK_SECRET_KEY")).build()) {
 *   M2MToken token = clerk.m2mTokens().verify(bearerToken);
 * }
 * }</pre>
 */
public final class ClerkClient implements AutoCloseable {
  /** Clerk's Backend API. */
  public static final String DEFAULT_API_URL = "https://api.clerk.com";
  /** The Backend API path version. */
  public static final String DEFAULT_API_VERSION = "v1";
  /** Time allowed to open a connection (and to lease one from the pool). */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Time allowed between bytes of an answer. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  /**
   * The whole time a Backend API call may take: pool lease, connect, TLS, request and the whole
   * answer, retries included. A server that trickles its answer is cut off here.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);
  /** Valid opaque machine tokens are not cached by default: a revocation takes effect at once. */
  public static final Duration DEFAULT_MACHINE_TOKEN_CACHE_TTL = Duration.ZERO;

  private final ClientConfig config;
  private final ClientEngine engine;
  private final BackendApis apis;

  private ClerkClient(ClientConfig config) {
    this.config = config;
    this.engine = new ClientEngine(config);
    this.apis = engine.apis;
  }

  /** A builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder filled from {@code CLERK_SECRET_KEY}, {@code CLERK_MACHINE_SECRET_KEY},
   * {@code CLERK_PUBLISHABLE_KEY}, {@code CLERK_JWT_KEY}, {@code CLERK_HTTP_PROXY}, {@code CLERK_API_URL}
   * and {@code CLERK_API_VERSION}; unset or blank variables keep the defaults.
   */
  public static Builder builderFromEnvironment() {
    return builderFromEnvironment(System.getenv());
  }

  /** Same as {@code builderFromEnvironment().build()}. */
  public static ClerkClient fromEnvironment() {
    return builderFromEnvironment().build();
  }

  static Builder builderFromEnvironment(Map<String, String> env) {
    Builder b = builder()
        .secretKey(env.get("CLERK_SECRET_KEY"))
        .machineSecretKey(env.get("CLERK_MACHINE_SECRET_KEY"))
        .publishableKey(env.get("CLERK_PUBLISHABLE_KEY"))
        .jwtKey(env.get("CLERK_JWT_KEY"))
        .httpProxy(env.get("CLERK_HTTP_PROXY"));
    String apiUrl = blankToNull(env.get("CLERK_API_URL"));
    String apiVersion = blankToNull(env.get("CLERK_API_VERSION"));
    return b.apiUrl(apiUrl == null ? DEFAULT_API_URL : apiUrl)
        .apiVersion(apiVersion == null ? DEFAULT_API_VERSION : apiVersion);
  }

  /** Machine-to-machine tokens: create, list, revoke, verify. */
  public M2MTokenApi m2mTokens() {
    return apis.m2mTokens;
  }

  /**
   * Verifies a session token with the client's keys and the default options.
   *
   * @return the token's claims
   * @throws TokenVerificationException with {@code @clerk/backend}'s reason when it is not valid
   */
  public Map<String, Object> verifyToken(String token) {
    return verifyToken(token, VerifyTokenOptions.defaults());
  }

  /**
   * Verifies a session token as {@code @clerk/backend}'s {@code verifyToken}: decode, reject M2M
   * tokens before any key fetch, resolve the key ({@code jwtKey}, else the cached JWKS), then check
   * {@code typ}, {@code alg}, the signature, {@code sub}, {@code aud}, {@code azp}, {@code iss},
   * {@code exp}, {@code nbf} and {@code iat} in that order.
   *
   * @return the token's claims
   * @throws TokenVerificationException with {@code @clerk/backend}'s reason when it is not valid
   */
  public Map<String, Object> verifyToken(String token, VerifyTokenOptions options) {
    return Collections.unmodifiableMap(engine.sessionTokens.verify(token, options));
  }

  /** {@link #authenticateRequest(ClerkRequest, AuthenticateRequestOptions)} with the default options. */
  public RequestState authenticateRequest(ClerkRequest request) {
    return authenticateRequest(request, AuthenticateRequestOptions.defaults());
  }

  /**
   * Decides who made a request, as {@code @clerk/backend}'s {@code authenticateRequest}: the token
   * of the {@code Authorization} header is checked against {@code acceptsToken} and verified as a
   * session token (locally) or a machine token (M2M and OAuth JWTs locally, opaque tokens through
   * Clerk). Without a header token, browsers are authenticated by their cookies ({@code __session},
   * {@code __client_uat}, refresh with {@code __refresh}); a stale session on a page load gives a
   * {@link AuthStatus#HANDSHAKE} state whose headers ({@code Location}, {@code Set-Cookie},
   * {@code Cache-Control}) the caller sends with a 307. Untrusted input never throws; every failure
   * is a signed-out state with Clerk's reason.
   *
   * @throws IllegalStateException when no key is configured that could verify anything, when a
   *     cookie request meets no publishable key, when the call's satellite settings are incomplete,
   *     or (development instances only, as in {@code @clerk/backend}) when a handshake token does
   *     not verify
   * @throws IllegalArgumentException when the call's sign-in URL is not absolute
   */
  public RequestState authenticateRequest(ClerkRequest request, AuthenticateRequestOptions options) {
    return engine.requests.authenticate(request, options);
  }

  /** API keys of users, organizations and machines: create, list, revoke, verify. */
  public ApiKeyApi apiKeys() {
    return apis.apiKeys;
  }

  /** OAuth access tokens issued by Clerk as identity provider: verify. */
  public IdpOAuthAccessTokenApi idpOAuthAccessTokens() {
    return apis.idpOAuthAccessTokens;
  }

  /** Machines: create, list, update, delete, secret keys and scopes. */
  public MachineApi machines() {
    return apis.machines;
  }

  /** The instance's JSON Web Key Set. */
  public JwksApi jwks() {
    return apis.jwks;
  }

  /** Clerk Billing: plans and subscriptions. */
  public BillingApi billing() {
    return apis.billing;
  }

  /** Users: get, list, count, create, update, metadata, delete, ban, lock. */
  public UserApi users() {
    return apis.users;
  }

  /** Sessions: get, list, revoke, mint tokens, refresh. */
  public SessionApi sessions() {
    return apis.sessions;
  }

  /** Organizations and their memberships. */
  public OrganizationApi organizations() {
    return apis.organizations;
  }

  /** Invitations to the instance: create, list, revoke. */
  public InvitationApi invitations() {
    return apis.invitations;
  }

  /** Clients (browsers and devices): get, verify, handshake payload. */
  public ClientApi clients() {
    return apis.clients;
  }

  /** The Backend API URL, without a trailing slash. */
  public String getApiUrl() {
    return engine.transport.settings().apiUrl().toString();
  }

  /** The Backend API path version, for example {@code v1}. */
  public String getApiVersion() {
    return config.apiVersion;
  }

  /** The publishable key, or null. */
  public String getPublishableKey() {
    return config.publishableKey;
  }

  /** The clock used for token time checks. */
  public Clock getClock() {
    return config.clock;
  }

  /** Closes the connection pools and ends the background threads. Calls made after closing fail. */
  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "ClerkClient{apiUrl=" + getApiUrl() + ", apiVersion=" + config.apiVersion
        + ", secretKey=" + Redaction.secret(config.secretKey)
        + ", machineSecretKey=" + Redaction.secret(config.machineSecretKey)
        + ", publishableKey=" + config.publishableKey + "}";
  }

  /** Builds a {@link ClerkClient}; {@link #build()} validates every setting. */
  public static final class Builder {
    String secretKey;
    String machineSecretKey;
    String publishableKey;
    String jwtKey;
    String apiUrl = DEFAULT_API_URL;
    String apiVersion = DEFAULT_API_VERSION;
    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    Duration readTimeout = DEFAULT_READ_TIMEOUT;
    Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    String httpProxy;
    Clock clock = Clock.systemUTC();
    Duration machineTokenCacheTtl = DEFAULT_MACHINE_TOKEN_CACHE_TTL;
    boolean repeatTokenCache = true;
    TransportSettings.Sleeper sleeper = TransportSettings.threadSleeper();
    Executor keyRefreshExecutor;
    String domain;
    boolean satellite;
    String proxyUrl;
    String signInUrl;
    String signUpUrl;
    boolean satelliteAutoSync;

    private Builder() {
    }

    /** The instance secret key ({@code sk_live_…}/{@code sk_test_…}); blank means none. */
    public Builder secretKey(String secretKey) {
      this.secretKey = blankToNull(secretKey);
      return this;
    }

    /** The machine secret key ({@code ak_…}) used for M2M token calls; blank means none. */
    public Builder machineSecretKey(String machineSecretKey) {
      this.machineSecretKey = blankToNull(machineSecretKey);
      return this;
    }

    /** The publishable key ({@code pk_live_…}/{@code pk_test_…}); blank means none. */
    public Builder publishableKey(String publishableKey) {
      this.publishableKey = blankToNull(publishableKey);
      return this;
    }

    /** The instance's PEM public key, for networkless JWT verification; blank means none. */
    public Builder jwtKey(String jwtKey) {
      this.jwtKey = blankToNull(jwtKey);
      return this;
    }

    /** The Backend API URL; default {@value ClerkClient#DEFAULT_API_URL}. */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = apiUrl;
      return this;
    }

    /** The Backend API path version; default {@value ClerkClient#DEFAULT_API_VERSION}. */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /** Connect (and pool lease) timeout; default {@link ClerkClient#DEFAULT_CONNECT_TIMEOUT}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** Read timeout between bytes of an answer; default {@link ClerkClient#DEFAULT_READ_TIMEOUT}. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * The total deadline of every Backend API call (lease, connect, TLS, request, the whole answer
     * and any retries); default {@link ClerkClient#DEFAULT_CALL_TIMEOUT}. A call past it fails as
     * Clerk-unreachable.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * A forward proxy for every Backend API call, {@code http://[user:password@]host:port} (user and
     * password percent-encoded); blank means none: the JVM's proxy settings apply
     * ({@code https.proxyHost}, {@code https.proxyPort}, {@code http.nonProxyHosts}).
     */
    public Builder httpProxy(String httpProxy) {
      this.httpProxy = blankToNull(httpProxy);
      return this;
    }

    /** The clock for token time checks; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How long a valid opaque machine token ({@code mt_}, {@code ak_}, {@code oat_}) is trusted
     * without asking Clerk again, never past its expiry; zero (the default) turns the cache off.
     * Trade-off: a token revoked in Clerk keeps working here for up to this long.
     */
    public Builder machineTokenCacheTtl(Duration ttl) {
      this.machineTokenCacheTtl = ttl;
      return this;
    }

    /**
     * Whether session tokens seen before skip decoding and the signature check (on by default).
     * Claims are re-checked on every use, and an entry is dropped once its key leaves the JWKS.
     */
    public Builder repeatTokenCache(boolean enabled) {
      this.repeatTokenCache = enabled;
      return this;
    }

    /** A satellite application's domain, for example {@code satellite.example.com}; blank means none. */
    public Builder domain(String domain) {
      this.domain = blankToNull(domain);
      return this;
    }

    /**
     * Whether this application is a satellite of another (the primary) that signs users in; a
     * satellite needs {@link #domain(String)} or {@link #proxyUrl(String)}, and in development
     * an absolute {@link #signInUrl(String)} on the primary. Default false.
     */
    public Builder isSatellite(boolean satellite) {
      this.satellite = satellite;
      return this;
    }

    /**
     * The URL of a proxy in front of Clerk's Frontend API: absolute, or a path such as
     * {@code /__clerk} on each request's own origin; blank means none.
     */
    public Builder proxyUrl(String proxyUrl) {
      this.proxyUrl = blankToNull(proxyUrl);
      return this;
    }

    /** The sign-in page (a development satellite redirects there to sync); blank means none. */
    public Builder signInUrl(String signInUrl) {
      this.signInUrl = blankToNull(signInUrl);
      return this;
    }

    /** The sign-up page (reported in request states); blank means none. */
    public Builder signUpUrl(String signUpUrl) {
      this.signUpUrl = blankToNull(signUpUrl);
      return this;
    }

    /**
     * Whether a satellite syncs with the primary on the first page load without cookies (default
     * false: it stays signed out until the URL carries {@code __clerk_synced=false}).
     */
    public Builder satelliteAutoSync(boolean autoSync) {
      this.satelliteAutoSync = autoSync;
      return this;
    }

    Builder sleeper(TransportSettings.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Tests: where background JWKS refreshes run (default: the client's background threads). */
    Builder keyRefreshExecutor(Executor executor) {
      this.keyRefreshExecutor = executor;
      return this;
    }

    /**
     * Validates the settings and opens the client.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     * @throws IllegalStateException for a satellite without domain or proxyUrl, or a development
     *     satellite without signInUrl
     */
    public ClerkClient build() {
      return new ClerkClient(ClientConfig.validate(this));
    }
  }
}
