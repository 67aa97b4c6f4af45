package io.clerkservlet.contract;

/**
 * The test servlets each filter module provides (tiny, one class each). Every one but
 * {@link #ERROR} ends in the echo, which answers 200 JSON (or the status of an error dispatch):
 * {@code dispatch} (dispatcher type), {@code principal} (name or null), {@code principalIsClerk},
 * {@code remoteUser}, {@code authType}, {@code roles} (each {@code role} query parameter mapped to
 * {@code isUserInRole}), {@code auth} (from {@code ClerkAuth.get}: {@code authenticated},
 * {@code tokenType}, {@code userId}, {@code subject}, {@code orgRole}), {@code aliasSame}
 * ({@code clerkAuth} is the same object as {@code clerk.auth}), {@code state} (status and reason
 * of the request state attribute), or {@code clerkAuthError} (the message of the exception
 * {@code ClerkAuth.get} threw).
 */
public enum TestServlet {
  /** Writes the echo of its request. */
  ECHO,
  /** Forwards to {@link WebApp#PLAIN_ECHO}. */
  FORWARD,
  /** Includes {@link WebApp#PLAIN_ECHO}. */
  INCLUDE,
  /** Starts async processing and dispatches to the path in query parameter {@code to}. */
  ASYNC_DISPATCH,
  /** Starts async processing and writes the echo of {@code AsyncContext.getRequest()} from another thread. */
  ASYNC_COMPLETE,
  /** Answers {@code sendError(500)}, so that the error page runs. */
  ERROR
}
