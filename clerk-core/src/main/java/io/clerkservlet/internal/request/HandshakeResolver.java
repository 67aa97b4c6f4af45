package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.internal.jwt.HandshakeTokenVerifier;
import io.clerkservlet.model.HandshakePayload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import io.clerkservlet.internal.log.OperatorLog;
import java.time.Clock;

/**
 * The way back from a handshake (reference §2.3): the cookie directives of the nonce (through the
 * Backend API) or of the verified handshake token, applied as {@code Set-Cookie}, and the new
 * session token verified. In development the URL is cleaned with a redirect.
 */
final class HandshakeResolver {
  static final String SESSION_TOKEN_MISSING = "session-token-missing";
  private static final Duration DEVELOPMENT_SKEW = Duration.ofMillis(86_400_000L);
  /** Rate-limited: request input (a bogus nonce or handshake) can trigger these on every request. */
  private static final OperatorLog LOG = new OperatorLog(HandshakeResolver.class.getName(), Clock.systemUTC(),
      OperatorLog.DEFAULT_INTERVAL);

  /** The session token that came back failed verification (not a handshake token problem). */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final BrowserFlow flow;

  HandshakeResolver(BrowserFlow flow) {
    this.flow = flow;
  }

  /**
   * Resolves the handshake.
   *
   * @throws TokenVerificationException when the handshake token does not verify
   * @throws Failure when the session token it carries does not verify
   */
  RequestState resolve(AuthenticateContext ctx) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Handshakes.put(headers, "Access-Control-Allow-Origin", "null");
    Handshakes.put(headers, "Access-Control-Allow-Credentials", "true");
    String token = SetCookies.apply(directives(ctx), headers);
    if (!ctx.production) {
      String clean = ctx.clerkUrl().withoutQueryParams(AuthenticateContext.HANDSHAKE, "__clerk_help",
          SuffixedCookies.DEV_BROWSER, AuthenticateContext.HANDSHAKE_NONCE).href();
      Handshakes.add(headers, Handshakes.LOCATION, clean);
      Handshakes.put(headers, Handshakes.CACHE_CONTROL, "no-store");
    }
    if (token != null && token.isEmpty()) {
      return Handshakes.signedOutWith(SESSION_TOKEN_MISSING, "", headers);
    }
    String session = token == null ? "" : token;
    try {
      return signedIn(session, flow.verify(session, ctx), headers);
    } catch (TokenVerificationException e) {
      if (ctx.production || !isTimeError(e.getReason())) {
        throw new Failure(e.getMessage());
      }
      LOG.log(Level.SEVERE, "clock-skew", "Clerk: Clock skew detected. This usually means that your system clock is inaccurate. Clerk will "
          + "attempt to account for the clock skew in development.\n\nTo resolve this issue, make sure your "
          + "system's clock is set to the correct time (e.g. turn off and on automatic time synchronization).\n\n"
          + "---\n\n" + e.getFullMessage("cookie"));
      try {
        return signedIn(session, flow.verify(session, ctx, DEVELOPMENT_SKEW), headers);
      } catch (TokenVerificationException retry) {
        throw new Failure(retry.getMessage());
      }
    }
  }

  private List<String> directives(AuthenticateContext ctx) {
    if (ctx.handshakeNonce != null) {
      try {
        HandshakePayload payload = flow.clients.getHandshakePayload(ctx.handshakeNonce);
        return payload == null ? Collections.<String>emptyList() : payload.getDirectives();
      } catch (ClerkApiException | IllegalArgumentException | IllegalStateException e) {
        LOG.log(Level.SEVERE, "payload", "Clerk: HandshakeService: error getting handshake payload: "
            + e.getMessage());
        return Collections.emptyList();
      }
    }
    Map<String, Object> payload = HandshakeTokenVerifier.verify(ctx.handshakeToken, flow.sessions,
        BrowserFlow.options(ctx.options, ctx.keys, null));
    List<String> out = new ArrayList<>();
    Object handshake = payload.get("handshake");
    if (handshake instanceof List) {
      for (Object directive : (List<?>) handshake) {
        out.add(String.valueOf(directive));
      }
    }
    return out;
  }

  private static RequestState signedIn(String token, Map<String, Object> claims, Map<String, List<String>> headers) {
    return RequestState.signedIn(TokenType.SESSION_TOKEN, token, new SignedInAuthObject(claims, token), headers);
  }

  private static boolean isTimeError(TokenVerificationErrorReason reason) {
    return reason == TokenVerificationErrorReason.TOKEN_EXPIRED
        || reason == TokenVerificationErrorReason.TOKEN_NOT_ACTIVE_YET
        || reason == TokenVerificationErrorReason.TOKEN_IAT_IN_THE_FUTURE;
  }

  /** The development error of a handshake token that does not verify (it makes the call fail). */
  static String developmentMessage(TokenVerificationException e) {
    if (e.getReason() == TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE) {
      return "Clerk: Handshake token verification failed due to an invalid signature. If you have switched "
          + "Clerk keys locally, clear your cookies and try again.";
    }
    return "Clerk: Handshake token verification failed: " + e.getFullMessage(null) + ".";
  }
}
