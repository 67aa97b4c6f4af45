package io.clerkservlet.internal.request;

import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.internal.jwt.DecodedJwt;
import io.clerkservlet.internal.jwt.JwtDecoder;
import io.clerkservlet.internal.machine.MachineTokens;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.clerkservlet.internal.log.OperatorLog;
import java.time.Clock;

/**
 * The path for requests with no token in the header, in {@code @clerk/backend}'s order
 * (reference §1.8): handshake resolution, satellite and development-browser sync, the
 * {@code __client_uat} rules, the session cookie checks, verification (with refresh or handshake
 * on expiry), then the primary's cross-origin sync and organization sync.
 */
final class CookieSessions {
  static final String SESSION_TOKEN_BUT_NO_CLIENT_UAT = "session-token-but-no-client-uat";
  static final String CLIENT_UAT_BUT_NO_SESSION_TOKEN = "client-uat-but-no-session-token";
  static final String IAT_BEFORE_CLIENT_UAT = "session-token-iat-before-client-uat";
  static final String CROSS_ORIGIN_SYNC = "primary-domain-cross-origin-sync";
  static final String AZP_WARNING = "Clerk: Session token from cookie is missing the azp claim. In a future "
      + "version of Clerk, this token will be considered invalid. Please contact Clerk support if you see this "
      + "warning.";
  private static final Logger LOG = Logger.getLogger(CookieSessions.class.getName());
  /** Rate-limited: a bogus {@code __clerk_handshake} on every request must not flood the log. */
  private static final OperatorLog HANDSHAKE_LOG = new OperatorLog(CookieSessions.class.getName(),
      Clock.systemUTC(), OperatorLog.DEFAULT_INTERVAL);
  private static final AtomicBoolean AZP_WARNED = new AtomicBoolean();

  private final BrowserFlow flow;
  private final HandshakeResolver handshakes;
  private final SessionErrors errors;

  CookieSessions(BrowserFlow flow, HandshakeResolver handshakes, SessionErrors errors) {
    this.flow = flow;
    this.handshakes = handshakes;
    this.errors = errors;
  }

  RequestState authenticate(AuthenticateContext ctx) {
    boolean hasActiveClient = ctx.clientUat != 0;
    boolean hasSessionToken = ctx.sessionTokenInCookie != null;
    if (ctx.handshakeNonce != null || ctx.handshakeToken != null) {
      RequestState resolved = resolveHandshake(ctx);
      if (resolved != null) {
        return resolved;
      }
    }
    RequestState sync = SatelliteSync.check(ctx, hasSessionToken, hasActiveClient);
    if (sync != null) {
      return sync;
    }
    if (!hasActiveClient && !hasSessionToken) {
      return Handshakes.signedOut(SatelliteSync.SESSION_TOKEN_AND_UAT_MISSING, "");
    }
    if (!hasActiveClient) {
      return Handshakes.maybe(ctx, SESSION_TOKEN_BUT_NO_CLIENT_UAT, "");
    }
    if (!hasSessionToken) {
      return Handshakes.maybe(ctx, CLIENT_UAT_BUT_NO_SESSION_TOKEN, "");
    }
    return sessionCookie(ctx);
  }

  private RequestState sessionCookie(AuthenticateContext ctx) {
    String token = ctx.sessionTokenInCookie;
    DecodedJwt jwt;
    try {
      jwt = JwtDecoder.decode(token);
    } catch (TokenVerificationException e) {
      return errors.handle(e, "cookie", ctx);
    }
    Map<String, Object> claims = jwt.payload();
    if (MachineTokens.isMachineJwt(jwt) || MachineTokens.hasNonSessionCategory(jwt)) {
      return Handshakes.signedOut(RequestState.REASON_TOKEN_TYPE_MISMATCH, "");
    }
    Object iat = claims.get("iat");
    if (iat instanceof Number && ((Number) iat).doubleValue() < ctx.clientUat) {
      return Handshakes.maybe(ctx, IAT_BEFORE_CLIENT_UAT, "");
    }
    Map<String, Object> verified;
    try {
      verified = flow.verify(token, ctx);
    } catch (TokenVerificationException e) {
      return errors.handle(e, "cookie", ctx);
    }
    if (!isTruthy(verified.get("azp")) && AZP_WARNED.compareAndSet(false, true)) {
      LOG.warning(AZP_WARNING);
    }
    RequestState signedIn = RequestState.signedIn(TokenType.SESSION_TOKEN, token,
        new SignedInAuthObject(verified, token), SessionErrors.noHeaders());
    if (needsCrossOriginSync(ctx)) {
      return Handshakes.maybe(ctx, CROSS_ORIGIN_SYNC, "Cross-origin request from satellite domain requires handshake");
    }
    AuthObject auth = signedIn.toAuth();
    if (auth.getUserId() != null) {
      RequestState activation = OrganizationSync.maybeActivate(ctx, auth);
      if (activation != null) {
        return activation;
      }
    }
    return signedIn;
  }

  /**
   * The handshake's state, or null to go on: in production (or when the session token it carries
   * does not verify) a failure is logged; in development a handshake token that does not verify
   * fails the call.
   */
  private RequestState resolveHandshake(AuthenticateContext ctx) {
    try {
      return handshakes.resolve(ctx);
    } catch (TokenVerificationException e) {
      if (!ctx.production) {
        throw new DevelopmentHandshakeError(HandshakeResolver.developmentMessage(e), e);
      }
      HANDSHAKE_LOG.log(Level.SEVERE, "handshake", "Clerk: unable to resolve handshake: " + e.getFullMessage(null));
    } catch (HandshakeResolver.Failure e) {
      HANDSHAKE_LOG.log(Level.SEVERE, "handshake", "Clerk: unable to resolve handshake: " + e.getMessage());
    }
    return null;
  }

  private static boolean needsCrossOriginSync(AuthenticateContext ctx) {
    return !ctx.isSatellite() && "GET".equals(ctx.method) && "document".equals(ctx.secFetchDest)
        && Referrers.isCrossOrigin(ctx) && !Referrers.isKnownClerkReferrer(ctx) && ctx.redirectLoopCounter == 0;
  }

  private static boolean isTruthy(Object value) {
    return value != null && !"".equals(value) && !Boolean.FALSE.equals(value);
  }

  /** Test hook: lets the once-per-process azp warning be observed again. */
  static void resetAzpWarning() {
    AZP_WARNED.set(false);
  }
}
