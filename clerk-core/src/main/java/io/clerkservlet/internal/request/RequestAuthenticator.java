package io.clerkservlet.internal.request;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.auth.MachineAuthObject;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.internal.machine.MachineTokenVerificationException;
import io.clerkservlet.internal.machine.MachineTokenVerifier;
import io.clerkservlet.internal.machine.MachineTokens;
import io.clerkservlet.internal.machine.MachineVerification;
import io.clerkservlet.internal.jwt.DecodedJwt;
import io.clerkservlet.internal.jwt.SessionTokenVerifier;
import java.util.Map;

/**
 * {@code authenticateRequest}'s dispatch (reference §1.6 and §1.7): the token from the
 * {@code Authorization} header, checked against {@code acceptsToken}, verified as a session token
 * or a machine token. Untrusted input never throws: every failure is a signed-out state.
 */
public final class RequestAuthenticator {
  /** The longest opaque machine token sent on to Clerk. */
  static final int MAX_OPAQUE_TOKEN_LENGTH = 4096;

  /** {@code @clerk/backend}'s message when a call that needs a publishable key has none, and where to set it. */
  public static final String MISSING_PUBLISHABLE_KEY = "Publishable key is missing. Set the publishable key "
      + "(CLERK_PUBLISHABLE_KEY) on the ClerkClient builder or in AuthenticateRequestOptions: every acceptsToken "
      + "except exactly m2m_token or api_key needs it, as in @clerk/backend.";

  private final SessionTokenVerifier sessions;
  private final MachineTokenVerifier machines;
  private final ResolvedKeys clientKeys;
  private final BrowserFlow flow;
  private final SessionErrors sessionErrors;
  private final CookieSessions cookies;

  /** Creates the authenticator over the client's verifiers, keys and browser flow. */
  public RequestAuthenticator(SessionTokenVerifier sessions, MachineTokenVerifier machines, ResolvedKeys clientKeys,
      BrowserFlow flow) {
    this.sessions = sessions;
    this.machines = machines;
    this.clientKeys = clientKeys;
    this.flow = flow;
    this.sessionErrors = new SessionErrors(new SessionRefresher(flow));
    this.cookies = new CookieSessions(flow, new HandshakeResolver(flow), sessionErrors);
  }

  /**
   * Authenticates the request.
   *
   * @throws IllegalStateException when there is no publishable key and {@code acceptsToken} is not
   *     exactly {@code m2m_token} or {@code api_key} (header tokens included, as in
   *     {@code @clerk/backend}), when the configuration cannot authenticate anything (no keys), or
   *     (development instances only) when a handshake token does not verify
   * @throws IllegalArgumentException when the call's browser settings are invalid
   */
  public RequestState authenticate(ClerkRequest request, AuthenticateRequestOptions options) {
    ResolvedKeys keys = clientKeys.overriddenBy(options);
    AcceptsToken accepts = options.getAcceptsToken();
    BrowserSettings settings = flow.settings.overriddenBy(options);
    if (settings.publishableKey == null && !headerOnly(accepts)) {
      throw new IllegalStateException(MISSING_PUBLISHABLE_KEY);
    }
    keys.checkPreconditions(accepts);
    if (BrowserSettings.overridesAny(options) && !accepts.isExactly(TokenType.M2M_TOKEN)) {
      settings.checkSatellite(keys.secretKey());
    }
    String token = HeaderToken.from(request.getHeader("authorization"));
    AuthenticateContext ctx = null;
    try {
      ctx = new AuthenticateContext(request, options, keys, headerOnly(accepts) ? settings.withoutPublishableKey()
          : settings, token, flow.clock.millis());
      RequestState state = dispatch(ctx, accepts, token);
      return state.getTokenType() == null ? state : ctx.withCommonFields(state);
    } catch (DevelopmentHandshakeError e) {
      throw e;
    } catch (RuntimeException unexpected) {
      TokenType type = accepts.getKind() == AcceptsToken.Kind.SINGLE ? accepts.getSingleType() : TokenType.SESSION_TOKEN;
      RequestState state = RequestState.signedOut(type, "unexpected-error", "", FailureCategory.SERVICE_UNAVAILABLE,
          SessionErrors.noHeaders());
      return ctx == null ? state : ctx.withCommonFields(state);
    }
  }

  /**
   * Only {@code m2m_token} or {@code api_key} exactly (not in a list) read the header alone: no
   * publishable key, no cookies.
   */
  private static boolean headerOnly(AcceptsToken accepts) {
    return accepts.isExactly(TokenType.M2M_TOKEN) || accepts.isExactly(TokenType.API_KEY);
  }

  private RequestState dispatch(AuthenticateContext ctx, AcceptsToken accepts, String token) {
    AuthenticateRequestOptions options = ctx.options;
    ResolvedKeys keys = ctx.keys;
    if (accepts.getKind() == AcceptsToken.Kind.LIST && !accepts.accepts(preCheckType(token))) {
      return RequestState.invalidToken();
    }
    if (token != null) {
      if (accepts.getKind() != AcceptsToken.Kind.SINGLE) {
        return anyTokenInHeader(ctx, accepts, token);
      }
      if (accepts.isExactly(TokenType.SESSION_TOKEN)) {
        return sessionTokenInHeader(ctx, token);
      }
      return machineTokenInHeader(options, keys, accepts, token);
    }
    if (accepts.getKind() == AcceptsToken.Kind.SINGLE && accepts.getSingleType().isMachine()) {
      return signedOut(accepts.getSingleType(), RequestState.REASON_NO_TOKEN_IN_HEADER, "");
    }
    return cookies.authenticate(ctx);
  }

  private static TokenType preCheckType(String token) {
    return token != null && MachineTokens.isMachineToken(token)
        ? MachineTokens.machineTokenType(token) : TokenType.SESSION_TOKEN;
  }

  private RequestState anyTokenInHeader(AuthenticateContext ctx, AcceptsToken accepts, String token) {
    if (MachineTokens.isMachineToken(token)) {
      TokenType type = MachineTokens.machineTokenType(token);
      if (!accepts.accepts(type)) {
        return signedOut(type, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
      }
      return verifyMachine(ctx.options, ctx.keys, type, token);
    }
    return sessionTokenInHeader(ctx, token);
  }

  private RequestState machineTokenInHeader(AuthenticateRequestOptions options, ResolvedKeys keys,
      AcceptsToken accepts, String token) {
    TokenType accepted = accepts.getSingleType();
    if (!MachineTokens.isMachineToken(token) || MachineTokens.machineTokenType(token) != accepted) {
      return signedOut(accepted, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
    }
    return verifyMachine(options, keys, accepted, token);
  }

  private RequestState sessionTokenInHeader(AuthenticateContext ctx, String token) {
    DecodedJwt jwt = sessions.decodeOrNull(token);
    if (jwt != null && (MachineTokens.isMachineJwt(jwt) || MachineTokens.hasNonSessionCategory(jwt))) {
      return signedOut(TokenType.SESSION_TOKEN, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
    }
    try {
      Map<String, Object> claims = sessions.verify(token, jwt, flow.options(ctx));
      return RequestState.signedIn(TokenType.SESSION_TOKEN, token, new SignedInAuthObject(claims, token),
          SessionErrors.noHeaders());
    } catch (TokenVerificationException e) {
      return sessionErrors.handle(e, "header", ctx);
    }
  }

  private RequestState verifyMachine(AuthenticateRequestOptions options, ResolvedKeys keys, TokenType type,
      String token) {
    try {
      if (!JwtShape.isPlausibleOpaque(token, MAX_OPAQUE_TOKEN_LENGTH)) {
        throw JwtShape.malformed(type);
      }
      MachineVerification v = machines.verify(token, keys.machineKeys(options));
      MachineAuthObject auth = MachineAuthObject.authenticated(v.type(), token, v.id(), v.subject(), v.scopes(),
          v.claims(), v.name(), v.clientId());
      return RequestState.signedIn(v.type(), token, auth, SessionErrors.noHeaders());
    } catch (MachineTokenVerificationException e) {
      return RequestState.signedOut(e.tokenType(), e.code(), e.fullMessage(), e.category(), SessionErrors.noHeaders());
    }
  }

  private static RequestState signedOut(TokenType type, String reason, String message) {
    return RequestState.signedOut(type, reason, message, FailureCategory.INVALID_TOKEN, SessionErrors.noHeaders());
  }
}
