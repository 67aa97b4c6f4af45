package io.clerkservlet.web;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestHeaders;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.request.DevelopmentHandshakeError;
import io.clerkservlet.auth.AuthObject;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Everything a Clerk servlet filter decides, without the servlet API: the filter copies the
 * request into {@link #decide}, then sets {@link FilterDecision#getAttributes()}, wraps the request
 * with {@link FilterDecision#getPrincipal()}, and either continues or writes the response.
 * Configuration errors met at run time are answered 500 and logged SEVERE on
 * {@code io.clerkservlet.config}, once per episode. Thread-safe; {@link #close()} releases the
 * shared client.
 */
public final class ClerkFilterEngine implements AutoCloseable {
  private static final AtomicLong IDS = new AtomicLong();

  private final ClerkFilterSettings settings;
  private final AuthenticateRequestOptions options;
  private final ClerkClients.Lease lease;
  private final String decisionAttribute;
  private final ConfigurationLog configurationLog;

  private ClerkFilterEngine(ClerkFilterSettings settings, ClerkClients.Lease lease, Clock clock) {
    this.settings = settings;
    this.options = settings.toAuthenticateRequestOptions();
    this.lease = lease;
    this.decisionAttribute = FilterDecision.class.getName() + "." + IDS.incrementAndGet();
    this.configurationLog = new ConfigurationLog(settings, clock);
  }

  /**
   * Opens an engine on the shared client of these settings.
   *
   * @throws IllegalArgumentException when the client settings are invalid
   */
  public static ClerkFilterEngine open(ClerkFilterSettings settings) {
    return open(settings, ClerkClients.shared());
  }

  /**
   * Opens an engine on a client of {@code clients}, logging a WARNING on {@code io.clerkservlet.config}
   * when the settings accept tokens that some of their formats cannot verify.
   */
  public static ClerkFilterEngine open(ClerkFilterSettings settings, ClerkClients clients) {
    return open(settings, clients, Clock.systemUTC());
  }

  /** As {@link #open(ClerkFilterSettings, ClerkClients)}, with the clock of the operator log's intervals. */
  static ClerkFilterEngine open(ClerkFilterSettings settings, ClerkClients clients, Clock clock) {
    ClerkFilterEngine engine = new ClerkFilterEngine(settings, clients.acquire(settings), clock);
    engine.configurationLog.warnAtStart();
    return engine;
  }

  /** The settings. */
  public ClerkFilterSettings getSettings() {
    return settings;
  }

  /**
   * The request attribute under which the filter keeps this engine's decision, so that a request
   * passing the same filter again (forward, include, error or async dispatch) is authenticated once.
   */
  public String getDecisionAttribute() {
    return decisionAttribute;
  }

  /**
   * Decides from the parts of a servlet request: the method, {@code getRequestURL()},
   * {@code getQueryString()} (or null) and every header. Never throws for untrusted input.
   */
  public FilterDecision decide(String method, String requestUrl, String queryString,
      Map<String, List<String>> headers) {
    return decide(method, requestUrl, queryString, headers, false);
  }

  /**
   * As {@link #decide(String, String, String, Map)}; when {@code mandatory} (a container asking for a
   * constrained resource) a request that is not authenticated is refused (401, 500 or 503) even in
   * {@code mode=optional}.
   */
  public FilterDecision decide(String method, String requestUrl, String queryString,
      Map<String, List<String>> headers, boolean mandatory) {
    return decide(WebRequests.toClerkRequest(method, requestUrl, queryString, headers), mandatory);
  }

  /**
   * Decides from a servlet request read in place: only the headers the decision needs are read
   * from {@code headers}, and {@code requestUrl} ({@code getRequestURL()}) is called only when the
   * decision needs the URL (a query, a handshake or redirect, a relative proxy URL). Never throws
   * for untrusted input.
   *
   * @param queryString {@code getQueryString()}, or null
   */
  public FilterDecision decide(String method, RequestHeaders headers, String queryString,
      Supplier<String> requestUrl) {
    return decide(method, headers, queryString, requestUrl, false);
  }

  /**
   * As {@link #decide(String, RequestHeaders, String, Supplier)}; when {@code mandatory} (a container
   * asking for a constrained resource) a request that is not authenticated is refused even in
   * {@code mode=optional}.
   */
  public FilterDecision decide(String method, RequestHeaders headers, String queryString,
      Supplier<String> requestUrl, boolean mandatory) {
    return decide(WebRequests.toClerkRequest(method, headers, queryString, requestUrl), mandatory);
  }

  /** Authenticates the request and decides: continue, 401, 500, 503 or 307. */
  public FilterDecision decide(ClerkRequest request) {
    return decide(request, false);
  }

  /** As {@link #decide(ClerkRequest)}; when {@code mandatory}, unauthenticated is refused whatever the mode. */
  public FilterDecision decide(ClerkRequest request, boolean mandatory) {
    return decide(request, authenticate(request), mandatory);
  }

  FilterDecision decide(ClerkRequest request, RequestState state) {
    return decide(request, state, false);
  }

  FilterDecision decide(ClerkRequest request, RequestState state, boolean mandatory) {
    Map<String, List<String>> headers = Responses.stateHeaders(state, settings.isDebugHeaders());
    if (state.getStatus() == AuthStatus.HANDSHAKE) {
      return new FilterDecision(state, null, null, Responses.handshake(headers), headers);
    }
    AuthObject auth = state.toAuth();
    ClerkPrincipal principal = ClerkPrincipal.of(auth, settings.getRoles());
    logConfiguration(state, auth);
    if (auth.isAuthenticated() || settings.getMode() == FilterMode.OPTIONAL && !mandatory) {
      return new FilterDecision(state, auth, principal, null, headers);
    }
    return new FilterDecision(state, auth, null, Responses.refusal(request, state, headers), headers);
  }

  /** A success ends the configuration episodes of its token type; a misconfiguration starts one. */
  private void logConfiguration(RequestState state, AuthObject auth) {
    if (auth.isAuthenticated()) {
      configurationLog.authenticated(state.getTokenType());
    } else if (state.getFailureCategory() == FailureCategory.MISCONFIGURED
        && !Responses.REASON_CONFIGURATION_ERROR.equals(state.getReason())) {
      configurationLog.misconfigured(state);
    }
  }

  private RequestState authenticate(ClerkRequest request) {
    try {
      return lease.client().authenticateRequest(request, options);
    } catch (DevelopmentHandshakeError e) {
      return developmentHandshakeFailed(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      configurationLog.configurationError(e);
      return signedOut(Responses.REASON_CONFIGURATION_ERROR, FailureCategory.MISCONFIGURED);
    } catch (RuntimeException e) {
      return signedOut("unexpected-error", FailureCategory.SERVICE_UNAVAILABLE);
    }
  }

  /** Request input, not configuration: answered by the category of why the handshake token failed. */
  private static RequestState developmentHandshakeFailed(DevelopmentHandshakeError e) {
    if (e.getCause() instanceof TokenVerificationException) {
      TokenVerificationErrorReason reason = ((TokenVerificationException) e.getCause()).getReason();
      return signedOut(reason.getCode(), reason.getCategory());
    }
    return signedOut(TokenVerificationErrorReason.TOKEN_INVALID.getCode(), FailureCategory.INVALID_TOKEN);
  }

  private static RequestState signedOut(String reason, FailureCategory category) {
    return RequestState.signedOut(TokenType.SESSION_TOKEN, reason, "", category,
        Collections.<String, List<String>>emptyMap());
  }

  /** Releases the shared client (closed with its last engine). */
  @Override
  public void close() {
    lease.close();
  }

  @Override
  public String toString() {
    return "ClerkFilterEngine{" + settings + "}";
  }
}
