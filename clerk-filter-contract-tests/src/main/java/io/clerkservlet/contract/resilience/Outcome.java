package io.clerkservlet.contract.resilience;

/**
 * What one request of the load got: a status (with whether a {@code Retry-After} came with it) or
 * a failure ({@link #TIMEOUT}, an exception's simple name), and how long it took.
 */
public record Outcome(int status, boolean retryAfter, String failure, long nanos) {
  /** The failure of a request the load generator gave up on after {@link LoadGenerator#REQUEST_TIMEOUT}. */
  public static final String TIMEOUT = "timeout";

  /** An answered request. */
  static Outcome answered(int status, boolean retryAfter, long nanos) {
    return new Outcome(status, retryAfter, null, nanos);
  }

  /** A request that got no answer. */
  static Outcome failed(String failure, long nanos) {
    return new Outcome(0, false, failure, nanos);
  }

  /** Whether an HTTP answer came. */
  public boolean isAnswered() {
    return failure == null;
  }

  /** The status as text, or the failure: the key of {@link GroupResult#statuses()}. */
  public String label() {
    return failure == null ? String.valueOf(status) : failure;
  }
}
