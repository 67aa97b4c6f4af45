package io.clerkservlet.internal.request;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.auth.MachineAuthObject;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.internal.machine.MachineTokenVerificationException;
import io.clerkservlet.internal.machine.MachineTokenVerifier;
import io.clerkservlet.internal.machine.MachineTokens;
import io.clerkservlet.internal.machine.MachineVerification;
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

  private final SessionTokenVerifier sessions;
  private final MachineTokenVerifier machines;
  private final ResolvedKeys clientKeys;

  /** Creates the authenticator over the client's verifiers and keys. */
  public RequestAuthenticator(SessionTokenVerifier sessions, MachineTokenVerifier machines, ResolvedKeys clientKeys) {
    this.sessions = sessions;
    this.machines = machines;
    this.clientKeys = clientKeys;
  }

  /**
   * Authenticates the request.
   *
   * @throws IllegalStateException when the configuration cannot authenticate anything (no keys)
   */
  public RequestState authenticate(ClerkRequest request, AuthenticateRequestOptions options) {
    ResolvedKeys keys = clientKeys.overriddenBy(options);
    keys.checkPreconditions(options.getAcceptsToken());
    AcceptsToken accepts = options.getAcceptsToken();
    String token = null;
    try {
      token = HeaderToken.from(request.getHeader("authorization"));
      return dispatch(request, options, keys, accepts, token);
    } catch (RuntimeException unexpected) {
      TokenType type = accepts.getKind() == AcceptsToken.Kind.SINGLE ? accepts.getSingleType() : TokenType.SESSION_TOKEN;
      return RequestState.signedOut(type, "unexpected-error", "", FailureCategory.SERVICE_UNAVAILABLE,
          SessionErrors.noHeaders());
    }
  }

  private RequestState dispatch(ClerkRequest request, AuthenticateRequestOptions options, ResolvedKeys keys,
      AcceptsToken accepts, String token) {
    if (accepts.getKind() == AcceptsToken.Kind.LIST && !accepts.accepts(preCheckType(token))) {
      return RequestState.invalidToken();
    }
    if (token != null) {
      if (accepts.getKind() != AcceptsToken.Kind.SINGLE) {
        return anyTokenInHeader(request, options, keys, accepts, token);
      }
      if (accepts.isExactly(TokenType.SESSION_TOKEN)) {
        return sessionTokenInHeader(request, options, keys, token);
      }
      return machineTokenInHeader(options, keys, accepts, token);
    }
    if (accepts.getKind() == AcceptsToken.Kind.SINGLE && accepts.getSingleType().isMachine()) {
      return signedOut(accepts.getSingleType(), RequestState.REASON_NO_TOKEN_IN_HEADER, "");
    }
    return CookieSessions.authenticate(request);
  }

  private static TokenType preCheckType(String token) {
    return token != null && MachineTokens.isMachineToken(token)
        ? MachineTokens.machineTokenType(token) : TokenType.SESSION_TOKEN;
  }

  private RequestState anyTokenInHeader(ClerkRequest request, AuthenticateRequestOptions options, ResolvedKeys keys,
      AcceptsToken accepts, String token) {
    if (MachineTokens.isMachineToken(token)) {
      TokenType type = MachineTokens.machineTokenType(token);
      if (!accepts.accepts(type)) {
        return signedOut(type, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
      }
      return verifyMachine(options, keys, type, token);
    }
    return sessionTokenInHeader(request, options, keys, token);
  }

  private RequestState machineTokenInHeader(AuthenticateRequestOptions options, ResolvedKeys keys,
      AcceptsToken accepts, String token) {
    TokenType accepted = accepts.getSingleType();
    if (!MachineTokens.isMachineToken(token) || MachineTokens.machineTokenType(token) != accepted) {
      return signedOut(accepted, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
    }
    return verifyMachine(options, keys, accepted, token);
  }

  private RequestState sessionTokenInHeader(ClerkRequest request, AuthenticateRequestOptions options,
      ResolvedKeys keys, String token) {
    if (MachineTokens.isMachineJwt(token) || MachineTokens.hasNonSessionCategory(token)) {
      return signedOut(TokenType.SESSION_TOKEN, RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
    }
    try {
      Map<String, Object> claims = sessions.verify(token, sessionOptions(options, keys));
      return RequestState.signedIn(TokenType.SESSION_TOKEN, token, new SignedInAuthObject(claims, token),
          SessionErrors.noHeaders());
    } catch (TokenVerificationException e) {
      return SessionErrors.handle(e, "header", request);
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

  private static VerifyTokenOptions sessionOptions(AuthenticateRequestOptions options, ResolvedKeys keys) {
    return VerifyTokenOptions.builder()
        .audience(options.getAudience())
        .authorizedParties(options.getAuthorizedParties())
        .issuer(options.getIssuer().toArray(new String[0]))
        .clockSkew(options.getClockSkew())
        .secretKey(keys.secretKey())
        .jwtKey(keys.jwtKey())
        .build();
  }

  private static RequestState signedOut(TokenType type, String reason, String message) {
    return RequestState.signedOut(type, reason, message, FailureCategory.INVALID_TOKEN, SessionErrors.noHeaders());
  }
}
