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
import io.clerkservlet.internal.BackgroundTasks;
import io.clerkservlet.internal.PemKeys;
import io.clerkservlet.internal.PublishableKey;
import io.clerkservlet.internal.Redaction;
import io.clerkservlet.internal.Version;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiTransport;
import io.clerkservlet.internal.http.HttpProxy;
import io.clerkservlet.internal.http.TransportSettings;
import io.clerkservlet.internal.jwt.SessionTokenVerifier;
import io.clerkservlet.internal.keys.KeyResolver;
import io.clerkservlet.internal.machine.LocalM2MJwts;
import io.clerkservlet.internal.machine.MachineTokenVerifier;
import io.clerkservlet.internal.machine.OpaqueTokenVerifier;
import io.clerkservlet.internal.request.BrowserFlow;
import io.clerkservlet.internal.request.BrowserSettings;
import io.clerkservlet.internal.request.RequestAuthenticator;
import io.clerkservlet.internal.request.ResolvedKeys;
import java.net.URI;
import java.net.URISyntaxException;
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

  private final Builder config;
  private final BackgroundTasks background;
  private final BapiTransport transport;
  private final M2MTokenApi m2mTokens;
  private final KeyResolver keys;
  private final SessionTokenVerifier sessionTokens;
  private final RequestAuthenticator requests;
  private final ApiKeyApi apiKeys;
  private final IdpOAuthAccessTokenApi idpOAuthAccessTokens;
  private final MachineApi machines;
  private final JwksApi jwks;
  private final BillingApi billing;
  private final UserApi users;
  private final SessionApi sessions;
  private final OrganizationApi organizations;
  private final InvitationApi invitations;
  private final ClientApi clients;

  private ClerkClient(Builder config, URI apiUrl, BrowserSettings browser) {
    this.config = config;
    this.background = new BackgroundTasks();
    this.transport = new BapiTransport(new TransportSettings(apiUrl, config.apiVersion,
        config.connectTimeout, config.readTimeout, config.callTimeout, Version.userAgent(),
        TransportSettings.DEFAULT_MAX_READ_ATTEMPTS, config.sleeper,
        config.httpProxy == null ? null : HttpProxy.parse(config.httpProxy)), background);
    BapiContext context = new BapiContext(transport, config.secretKey, config.machineSecretKey);
    this.keys = new KeyResolver(transport, config.clock,
        config.keyRefreshExecutor != null ? config.keyRefreshExecutor : background::execute);
    this.sessionTokens = new SessionTokenVerifier(keys, config.clock, config.secretKey, config.jwtKey,
        config.repeatTokenCache);
    MachineTokenVerifier machineTokens = new MachineTokenVerifier(sessionTokens,
        new OpaqueTokenVerifier(transport, config.clock, config.machineTokenCacheTtl));
    this.sessions = new SessionApi(context);
    this.clients = new ClientApi(context);
    this.requests = new RequestAuthenticator(sessionTokens, machineTokens,
        new ResolvedKeys(config.secretKey, config.machineSecretKey, config.jwtKey),
        new BrowserFlow(sessionTokens, new ClientApi(context.forRequestInput()),
            new SessionApi(context.forRequestInput()), config.clock, browser));
    this.m2mTokens = new M2MTokenApi(context,
        new LocalM2MJwts(machineTokens, config.secretKey, config.jwtKey, config.clock));
    this.apiKeys = new ApiKeyApi(context);
    this.idpOAuthAccessTokens = new IdpOAuthAccessTokenApi(context);
    this.machines = new MachineApi(context);
    this.jwks = new JwksApi(context);
    this.billing = new BillingApi(context);
    this.users = new UserApi(context);
    this.organizations = new OrganizationApi(context);
    this.invitations = new InvitationApi(context);
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
    return m2mTokens;
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
    return Collections.unmodifiableMap(sessionTokens.verify(token, options));
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
    return requests.authenticate(request, options);
  }

  /** API keys of users, organizations and machines: create, list, revoke, verify. */
  public ApiKeyApi apiKeys() {
    return apiKeys;
  }

  /** OAuth access tokens issued by Clerk as identity provider: verify. */
  public IdpOAuthAccessTokenApi idpOAuthAccessTokens() {
    return idpOAuthAccessTokens;
  }

  /** Machines: create, list, update, delete, secret keys and scopes. */
  public MachineApi machines() {
    return machines;
  }

  /** The instance's JSON Web Key Set. */
  public JwksApi jwks() {
    return jwks;
  }

  /** Clerk Billing: plans and subscriptions. */
  public BillingApi billing() {
    return billing;
  }

  /** Users: get, list, count, create, update, metadata, delete, ban, lock. */
  public UserApi users() {
    return users;
  }

  /** Sessions: get, list, revoke, mint tokens, refresh. */
  public SessionApi sessions() {
    return sessions;
  }

  /** Organizations and their memberships. */
  public OrganizationApi organizations() {
    return organizations;
  }

  /** Invitations to the instance: create, list, revoke. */
  public InvitationApi invitations() {
    return invitations;
  }

  /** Clients (browsers and devices): get, verify, handshake payload. */
  public ClientApi clients() {
    return clients;
  }

  /** The Backend API URL, without a trailing slash. */
  public String getApiUrl() {
    return transport.settings().apiUrl().toString();
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
    transport.close();
    background.close();
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
    private String secretKey;
    private String machineSecretKey;
    private String publishableKey;
    private String jwtKey;
    private String apiUrl = DEFAULT_API_URL;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private String httpProxy;
    private Clock clock = Clock.systemUTC();
    private Duration machineTokenCacheTtl = DEFAULT_MACHINE_TOKEN_CACHE_TTL;
    private boolean repeatTokenCache = true;
    private TransportSettings.Sleeper sleeper = TransportSettings.threadSleeper();
    private Executor keyRefreshExecutor;
    private String domain;
    private boolean satellite;
    private String proxyUrl;
    private String signInUrl;
    private String signUpUrl;
    private boolean satelliteAutoSync;

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
      checkKey("secretKey", secretKey);
      checkKey("machineSecretKey", machineSecretKey);
      if (publishableKey != null) {
        PublishableKey.parse(publishableKey);
      }
      BrowserSettings browser = BrowserSettings.client(publishableKey, domain, satellite, proxyUrl, signInUrl,
          signUpUrl, satelliteAutoSync, secretKey);
      if (jwtKey != null) {
        PemKeys.parseRsaPublicKey(jwtKey);
      }
      URI uri = parseApiUrl(apiUrl);
      if (apiVersion == null || !apiVersion.matches("v[0-9]+")) {
        throw new IllegalArgumentException("apiVersion must look like v1: " + apiVersion);
      }
      checkPositive("connectTimeout", connectTimeout);
      checkPositive("readTimeout", readTimeout);
      checkPositive("callTimeout", callTimeout);
      if (httpProxy != null) {
        HttpProxy.parse(httpProxy);
      }
      if (machineTokenCacheTtl == null || machineTokenCacheTtl.isNegative()) {
        throw new IllegalArgumentException("machineTokenCacheTtl must not be negative");
      }
      if (clock == null) {
        throw new IllegalArgumentException("clock is required");
      }
      return new ClerkClient(this, uri, browser);
    }

    private static void checkKey(String name, String value) {
      if (value != null && !value.matches("[\\x21-\\x7e]+")) {
        throw new IllegalArgumentException(name + " must be printable ASCII with no whitespace");
      }
    }

    private static void checkPositive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
    }

    private static URI parseApiUrl(String value) {
      // Never echo user info (it may hold a password) in the message.
      String shown = Redaction.userInfo(value);
      String message = "apiUrl must be an absolute http or https URL without query or fragment: "
          + shown;
      if (value == null) {
        throw new IllegalArgumentException(message);
      }
      try {
        URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
            || uri.getRawUserInfo() != null) {
          throw new IllegalArgumentException(message);
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(message, e);
      }
    }
  }
}
