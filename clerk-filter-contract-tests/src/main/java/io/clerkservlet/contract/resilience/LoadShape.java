package io.clerkservlet.contract.resilience;

import java.time.Duration;

/**
 * How much load each phase sends: session-token users (requests each), opaque-token users
 * (a valid {@code mt_} token), and for the flood, bogus-token clients and the session users
 * beside them.
 *
 * @param sessionUsers concurrent session-token clients
 * @param sessionRequests requests per session-token client
 * @param opaqueUsers concurrent clients with a valid opaque machine token
 * @param opaqueRequests requests per opaque-token client
 * @param flooders concurrent clients sending distinct bogus opaque tokens (must exceed the
 *     library's limit on concurrent request-driven calls)
 * @param floodRequests requests per flooder
 * @param floodSessionUsers concurrent session-token clients during the flood
 * @param pace the least time between two request starts of one session or opaque client (zero:
 *     back to back); the flood never waits
 */
public record LoadShape(int sessionUsers, int sessionRequests, int opaqueUsers, int opaqueRequests,
    int flooders, int floodRequests, int floodSessionUsers, Duration pace) {
  /** The suite's: 64 concurrent clients in most phases, 96 during the flood, back to back; a few seconds a phase. */
  public static final LoadShape SUITE = new LoadShape(48, 10, 16, 3, 64, 4, 32, Duration.ZERO);
  /**
   * The figures' (BENCHMARKS.md): the same concurrency, more requests, each client paced at one
   * request per 40 ms (at most 1,200 session requests/s, below what 2 cores serve), so that
   * latency shows waiting on Clerk rather than CPU queueing.
   */
  public static final LoadShape FIGURES = new LoadShape(48, 60, 16, 8, 64, 8, 32, Duration.ofMillis(40));
}
