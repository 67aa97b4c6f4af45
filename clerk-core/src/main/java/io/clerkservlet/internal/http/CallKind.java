package io.clerkservlet.internal.http;

/**
 * Who a Backend API call is for, which decides its retries and the capacity it may use.
 *
 * <ul>
 *   <li>{@link #ADMIN}: the application's own calls (users, organizations, ...): GETs retry boundedly.</li>
 *   <li>{@link #KEY_FETCH}: the JWKS, on capacity no other call can take.</li>
 *   <li>{@link #REQUEST_DRIVEN}: calls that untrusted request input triggers (opaque machine token
 *       verification, handshake payload, session refresh): never retried, and bounded in concurrency so
 *       that a flood cannot take the capacity key fetches and the application need.</li>
 * </ul>
 */
public enum CallKind {
  /** The application's own calls. */
  ADMIN,
  /** JWKS fetches. */
  KEY_FETCH,
  /** Calls driven by request input. */
  REQUEST_DRIVEN
}
