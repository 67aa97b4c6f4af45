package io.clerkservlet.javax;

import io.clerkservlet.RequestState;
import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.web.ClerkAttributes;
import javax.servlet.ServletRequest;

/**
 * Reads what {@link ClerkAuthFilter} found. The same objects are request attributes:
 * {@value #AUTH_ATTRIBUTE} (and {@value #AUTH_ALIAS} for JSP EL: {@code ${clerkAuth.userId}})
 * and {@value #REQUEST_STATE_ATTRIBUTE}.
 */
public final class ClerkAuth {
  /** The auth object attribute. */
  public static final String AUTH_ATTRIBUTE = ClerkAttributes.AUTH;
  /** The auth object under a name JSP EL can use directly. */
  public static final String AUTH_ALIAS = ClerkAttributes.AUTH_ALIAS;
  /** The request state attribute. */
  public static final String REQUEST_STATE_ATTRIBUTE = ClerkAttributes.REQUEST_STATE;

  private static final String NOT_MAPPED = "No Clerk auth on this request: io.clerkservlet.javax.ClerkAuthFilter is "
      + "not mapped to this URL and dispatcher type (check the filter-mapping in web.xml)";

  private ClerkAuth() {
  }

  /**
   * The auth object of the request: signed in, signed out, machine or invalid token.
   *
   * @throws IllegalStateException when the filter did not run for this request (a misconfiguration,
   *     never to be mistaken for signed out)
   */
  public static AuthObject get(ServletRequest request) {
    Object auth = request.getAttribute(AUTH_ATTRIBUTE);
    if (!(auth instanceof AuthObject)) {
      throw new IllegalStateException(NOT_MAPPED);
    }
    return (AuthObject) auth;
  }

  /**
   * The request state ({@code authenticateRequest}'s result: status, reason, token type).
   *
   * @throws IllegalStateException when the filter did not run for this request
   */
  public static RequestState getRequestState(ServletRequest request) {
    Object state = request.getAttribute(REQUEST_STATE_ATTRIBUTE);
    if (!(state instanceof RequestState)) {
      throw new IllegalStateException(NOT_MAPPED);
    }
    return (RequestState) state;
  }
}
