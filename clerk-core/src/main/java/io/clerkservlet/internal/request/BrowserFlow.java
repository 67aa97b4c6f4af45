package io.clerkservlet.internal.request;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.api.ClientApi;
import io.clerkservlet.api.SessionApi;
import io.clerkservlet.internal.cache.BoundedCache;
import io.clerkservlet.internal.jwt.SessionTokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** What the browser flow needs from the client: session verification, the Backend API calls, the clock. */
public final class BrowserFlow {
  final SessionTokenVerifier sessions;
  final ClientApi clients;
  final SessionApi sessionApi;
  final Clock clock;
  final BrowserSettings settings;
  /** Options objects remembered at most. */
  static final int MAX_CACHED_OPTIONS = 256;
  private final BoundedCache<AuthenticateRequestOptions, VerifyTokenOptions> verifyOptions;

  /** Creates the flow over the client's verifier, APIs, clock and browser settings. */
  public BrowserFlow(SessionTokenVerifier sessions, ClientApi clients, SessionApi sessionApi, Clock clock,
      BrowserSettings settings) {
    this.sessions = sessions;
    this.clients = clients;
    this.sessionApi = sessionApi;
    this.clock = clock;
    this.settings = settings;
    this.verifyOptions = new BoundedCache<>(MAX_CACHED_OPTIONS, clock);
  }

  /** Verifies a session token with the call's options and keys. */
  Map<String, Object> verify(String token, AuthenticateContext ctx) {
    return sessions.verify(token, options(ctx));
  }

  /**
   * The verification options of a call, built once per {@link AuthenticateRequestOptions} object
   * (a filter passes the same one on every request); bounded.
   */
  VerifyTokenOptions options(AuthenticateContext ctx) {
    VerifyTokenOptions cached = verifyOptions.get(ctx.options);
    if (cached != null) {
      return cached;
    }
    VerifyTokenOptions built = options(ctx.options, ctx.keys, null);
    verifyOptions.put(ctx.options, built, Long.MAX_VALUE);
    return built;
  }

  /** Verifies a session token with another clock skew (the development handshake retry). */
  Map<String, Object> verify(String token, AuthenticateContext ctx, Duration skew) {
    return sessions.verify(token, options(ctx.options, ctx.keys, skew));
  }

  /** The verification options of a call; {@code skew} null keeps the call's. */
  static VerifyTokenOptions options(AuthenticateRequestOptions options, ResolvedKeys keys, Duration skew) {
    return VerifyTokenOptions.builder()
        .audience(options.getAudience())
        .authorizedParties(options.getAuthorizedParties())
        .issuer(options.getIssuer().toArray(new String[0]))
        .clockSkew(skew != null ? skew : options.getClockSkew())
        .secretKey(keys.secretKey())
        .jwtKey(keys.jwtKey())
        .build();
  }
}
