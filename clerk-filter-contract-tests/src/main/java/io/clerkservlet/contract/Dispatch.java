package io.clerkservlet.contract;

/** The servlet dispatcher types a filter can be mapped for. */
public enum Dispatch {
  /** A request from a client. */
  REQUEST,
  /** {@code RequestDispatcher.forward}. */
  FORWARD,
  /** {@code RequestDispatcher.include}. */
  INCLUDE,
  /** An error page. */
  ERROR,
  /** {@code AsyncContext.dispatch}. */
  ASYNC
}
