package io.clerkservlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Clerk Backend API call failed: Clerk answered with a non-2xx status, answered something that is
 * not the expected JSON, or could not be reached at all.
 *
 * <p>When Clerk could not be reached (refused connection, timeout, reset), {@link #getStatus()} is
 * null and the only error has the code {@value #CODE_UNEXPECTED_ERROR}, as in {@code @clerk/backend}.
 * A 2xx answer whose body cannot be read as the expected JSON has its status and the code
 * {@value #CODE_UNEXPECTED_RESPONSE}.
 */
public final class ClerkApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error code of a call that never got an HTTP answer. */
  public static final String CODE_UNEXPECTED_ERROR = "unexpected_error";
  /** The error code of an answer whose body could not be read as the expected JSON. */
  public static final String CODE_UNEXPECTED_RESPONSE = "unexpected_response";

  private final Integer status;
  private final transient List<ClerkApiError> errors;
  private final String clerkTraceId;
  private final Integer retryAfter;

  /**
   * Creates the exception. {@code status} and {@code retryAfter} may be null; {@code errors} may be
   * null or empty.
   */
  public ClerkApiException(String message, Integer status, List<ClerkApiError> errors,
      String clerkTraceId, Integer retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errors = errors == null
        ? Collections.<ClerkApiError>emptyList()
        : Collections.unmodifiableList(new ArrayList<>(errors));
    this.clerkTraceId = clerkTraceId == null ? "" : clerkTraceId;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or null when no HTTP answer was received. */
  public Integer getStatus() {
    return status;
  }

  /** The parsed {@code errors} array; empty when the answer had none. */
  public List<ClerkApiError> getErrors() {
    return errors;
  }

  /** The code of the first error, or null when there is none. */
  public String getCode() {
    return errors.isEmpty() ? null : errors.get(0).getCode();
  }

  /** Clerk's trace id: the body's {@code clerk_trace_id}, else the {@code cf-ray} header, else "". */
  public String getClerkTraceId() {
    return clerkTraceId;
  }

  /** The {@code Retry-After} header in seconds, or null when absent or not a number. */
  public Integer getRetryAfter() {
    return retryAfter;
  }

  /** True when Clerk could not be reached or answered 5xx: the call may succeed later. */
  public boolean isServiceUnavailable() {
    return status == null || status >= 500 || status == 429;
  }
}
