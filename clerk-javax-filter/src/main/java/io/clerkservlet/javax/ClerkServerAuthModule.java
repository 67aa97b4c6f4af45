package io.clerkservlet.javax;

import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.ClerkPrincipal;
import io.clerkservlet.web.FilterDecision;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.message.AuthException;
import javax.security.auth.message.AuthStatus;
import javax.security.auth.message.MessageInfo;
import javax.security.auth.message.MessagePolicy;
import javax.security.auth.message.callback.CallerPrincipalCallback;
import javax.security.auth.message.callback.GroupPrincipalCallback;
import javax.security.auth.message.module.ServerAuthModule;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Clerk as the container's own authentication mechanism (JSR 196 / JASPIC 1.1, Servlet Container
 * Profile), so that {@code <security-constraint>}, {@code @ServletSecurity}, {@code @RolesAllowed} and
 * EJB callers see the Clerk identity. Registered for an application by {@link ClerkServerAuthListener}.
 *
 * <p>Every decision is the {@link ClerkFilterEngine}'s, as in {@link ClerkAuthFilter}: an authenticated
 * request becomes the caller (the user id, or the machine's subject) with the roles of the {@code roles}
 * setting as groups, {@link AuthStatus#SUCCESS}; in {@code mode=optional} a request that is not
 * authenticated goes on without a caller unless the container says the resource is constrained, and is
 * otherwise answered by the engine (401 with the RFC 6750 challenge, 500 or 503:
 * {@link AuthStatus#SEND_FAILURE}; a handshake's 307: {@link AuthStatus#SEND_CONTINUE}). No container
 * session is asked for: every request is authenticated by its own token. The request attributes are those
 * of the filter, so {@link ClerkAuth#get} works behind the module.
 */
public final class ClerkServerAuthModule implements ServerAuthModule {
  /** The MessageInfo map key with which the container says that the resource is constrained. */
  static final String IS_MANDATORY = "javax.security.auth.message.MessagePolicy.isMandatory";
  /** The MessageInfo map key of the value {@code getAuthType()} returns. */
  static final String AUTH_TYPE = "javax.servlet.http.authType";
  /** The MessageInfo map key asking the container to keep the caller in the HTTP session. */
  static final String REGISTER_SESSION = "javax.servlet.http.registerSession";

  private final ClerkFilterEngine engine;
  private volatile CallbackHandler handler;

  /** A module deciding with {@code engine} (which its owner closes). */
  public ClerkServerAuthModule(ClerkFilterEngine engine) {
    if (engine == null) {
      throw new IllegalArgumentException("engine is required");
    }
    this.engine = engine;
  }

  /** Keeps the container's callback handler; the policies and options are not used. */
  @Override
  @SuppressWarnings("rawtypes")
  public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
      Map options) throws AuthException {
    if (handler == null) {
      throw new AuthException("The container gave the Clerk authentication module no CallbackHandler");
    }
    this.handler = handler;
  }

  /** HTTP servlet requests and responses. */
  @Override
  @SuppressWarnings("rawtypes")
  public Class[] getSupportedMessageTypes() {
    return new Class[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  /** Authenticates the request: SUCCESS (with or without a caller), SEND_FAILURE or SEND_CONTINUE. */
  @Override
  @SuppressWarnings("unchecked")
  public AuthStatus validateRequest(MessageInfo messageInfo, Subject clientSubject, Subject serviceSubject)
      throws AuthException {
    HttpServletRequest req = (HttpServletRequest) messageInfo.getRequestMessage();
    HttpServletResponse res = (HttpServletResponse) messageInfo.getResponseMessage();
    FilterDecision decision = ServletExchange.decide(engine, req, isMandatory(messageInfo));
    if (!decision.isContinue()) {
      write(decision, res);
      return decision.getResponse().getStatus() == 307 ? AuthStatus.SEND_CONTINUE : AuthStatus.SEND_FAILURE;
    }
    ServletExchange.addHeaders(decision.getHeaders(), res);
    ClerkPrincipal principal = decision.getPrincipal();
    if (principal == null) {
      handle(new CallerPrincipalCallback(clientSubject, (Principal) null));
      return AuthStatus.SUCCESS;
    }
    handle(new CallerPrincipalCallback(clientSubject, principal),
        new GroupPrincipalCallback(clientSubject, principal.getRoleNames().toArray(new String[0])));
    Map<String, Object> map = messageInfo.getMap();
    map.put(AUTH_TYPE, ClerkPrincipal.AUTH_TYPE);
    map.put(REGISTER_SESSION, Boolean.FALSE.toString());
    return AuthStatus.SUCCESS;
  }

  /** Nothing to add to the response: {@link AuthStatus#SEND_SUCCESS}. */
  @Override
  public AuthStatus secureResponse(MessageInfo messageInfo, Subject serviceSubject) {
    return AuthStatus.SEND_SUCCESS;
  }

  /** Removes the Clerk principals from the subject (logout). */
  @Override
  public void cleanSubject(MessageInfo messageInfo, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().removeIf(p -> p instanceof ClerkPrincipal);
      subject.getPublicCredentials().removeIf(c -> c instanceof ClerkPrincipal);
      subject.getPrivateCredentials().removeIf(c -> c instanceof ClerkPrincipal);
    }
  }

  private static boolean isMandatory(MessageInfo messageInfo) {
    Object value = messageInfo.getMap().get(IS_MANDATORY);
    return value != null && Boolean.parseBoolean(value.toString());
  }

  private void handle(Callback... callbacks) throws AuthException {
    CallbackHandler current = handler;
    if (current == null) {
      throw new AuthException("The Clerk authentication module is not initialized");
    }
    try {
      current.handle(callbacks);
    } catch (IOException | UnsupportedCallbackException e) {
      throw failure("The container refused the Clerk caller", e);
    }
  }

  private static void write(FilterDecision decision, HttpServletResponse res) throws AuthException {
    try {
      ServletExchange.write(decision.getResponse(), res);
    } catch (IOException e) {
      throw failure("Could not write the Clerk answer", e);
    }
  }

  private static AuthException failure(String message, Exception cause) {
    AuthException failure = new AuthException(message + ": " + cause);
    failure.initCause(cause);
    return failure;
  }

  @Override
  public String toString() {
    return "ClerkServerAuthModule{" + engine + "}";
  }
}
