package io.clerkservlet.web;

/**
 * The request attributes the Clerk filters set. In JSP EL: {@code ${clerkAuth.userId}} or
 * {@code ${requestScope['clerk.auth'].userId}}.
 */
public final class ClerkAttributes {
  /** The {@link io.clerkservlet.auth.AuthObject} of the request. */
  public static final String AUTH = "clerk.auth";
  /** The same auth object under a name JSP EL can use directly: {@code ${clerkAuth.userId}}. */
  public static final String AUTH_ALIAS = "clerkAuth";
  /** The {@link io.clerkservlet.RequestState} of the request. */
  public static final String REQUEST_STATE = "clerk.requestState";

  private ClerkAttributes() {
  }
}
