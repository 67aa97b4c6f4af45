package io.clerkservlet.contract.resilience;

import static io.clerkservlet.contract.resilience.ScenarioRun.AWAIT;
import static io.clerkservlet.contract.resilience.ScenarioRun.JWKS;
import static io.clerkservlet.contract.resilience.ScenarioRun.M2M_VERIFY;

import io.clerkservlet.testkit.Faults;
import io.clerkservlet.testkit.HeldRequests;
import java.time.Duration;
import java.util.List;

/**
 * The scripts of the key-path scenarios (the flood is {@link FloodScript}): each warms up with a
 * healthy Clerk, injects its fault, moves the clock past the keys' lifetime and runs session and
 * opaque users, recording upstream calls beside each phase. Assertions live in the suite.
 */
public final class ScenarioScripts {
  /** Group: the session-token users. */
  public static final String SESSION = "session";
  /** Group: the opaque-token users (a valid {@code mt_} token). */
  public static final String OPAQUE = "opaque";
  /** Group: the bogus-token flood. */
  public static final String BOGUS = "bogus";
  /** Group: requests with a token signed by a key rotated in during the flood. */
  public static final String ROTATED = "rotated";
  /** Group: the one request carrying {@code __clerk_handshake_nonce}. */
  public static final String HANDSHAKE = "handshake";

  /** Phase: the warm-up. */
  public static final String WARM_UP = "warm-up";
  /** Phase: no fault, keys fresh. */
  public static final String STEADY = "no fault, keys fresh";
  /** Phase: no fault, past the keys' lifetime. */
  public static final String HEALTHY_PAST_TTL = "no fault, past the TTL";
  /** Phase: past the TTL with the JWKS request held. */
  public static final String JWKS_HELD = "past the TTL, JWKS held";
  /** Phase: the held refresh has passed its deadline. */
  public static final String REFRESH_FAILED = "past the TTL, after the refresh's deadline";
  /** Phase: Clerk down, 6 minutes after the last good fetch. */
  public static final String DOWN_6_MIN = "Clerk down, 6 min after the last good fetch";
  /** Phase: Clerk down, 59 minutes after the last good fetch. */
  public static final String DOWN_59_MIN = "Clerk down, 59 min after the last good fetch";
  /** Phase: Clerk down, 61 minutes after the last good fetch (the keys may no longer be served). */
  public static final String DOWN_61_MIN = "Clerk down, 61 min after the last good fetch";
  /** Phase: past the TTL in the storm. */
  public static final String STORMING = "past the TTL, 429/5xx storm";
  /** Phase: one handshake-nonce request in the storm. */
  public static final String NONCE_IN_STORM = "handshake nonce during the 429s";
  /** Phase: past the TTL, answers dribbled. */
  public static final String DRIBBLING = "past the TTL, answers dribbled";
  /** Phase: past the TTL, connections refused. */
  public static final String REFUSED = "past the TTL, connection refused";

  /** Count: JWKS requests that reached the fake (for held or dribbled ones: in all so far). */
  public static final String JWKS_CALLS = "JWKS calls";
  /** Count: JWKS requests the fake answered. */
  public static final String JWKS_ANSWERED = "JWKS answered";
  /** Count: JWKS requests held in the fake right after the phase. */
  public static final String JWKS_HELD_NOW = "JWKS held now";
  /** Count: opaque-token verify requests that reached the fake. */
  public static final String VERIFY_CALLS = "verify calls";
  /** Count: handshake payload requests that reached the fake. */
  public static final String HANDSHAKE_CALLS = "handshake payload calls";
  /** Count: dribbled answers still being written once the callers' deadlines have passed. */
  public static final String STILL_DRIBBLING = "answers still dribbling after the deadline";

  /** The {@code Retry-After} of the storm's 429s. */
  static final Duration STORM_RETRY_AFTER = Duration.ofSeconds(4);
  /** The dribble interval: far below any read timeout, so only a total deadline ends the call. */
  static final Duration DRIBBLE_INTERVAL = Duration.ofMillis(200);
  private static final String HANDSHAKE_PAYLOAD = "/v1/clients/handshake_payload";

  private ScenarioScripts() {
  }

  static void baseline(ScenarioRun run) {
    run.warmUp();
    int jwks = run.clerk().answered("GET", JWKS);
    run.phase(STEADY, run.sessionUsers(), run.opaqueUsers())
        .put(JWKS_CALLS, run.clerk().answered("GET", JWKS) - jwks);
    run.pastTtl();
    run.phase(HEALTHY_PAST_TTL, run.sessionUsers(), run.opaqueUsers())
        .put(JWKS_CALLS, run.clerk().answered("GET", JWKS) - jwks);
  }

  static void slowJwks(ScenarioRun run) {
    run.warmUp();
    int answered = run.clerk().answered("GET", JWKS);
    HeldRequests held = run.clerk().fake().faults().holdNext(Faults.ALWAYS, JWKS);
    run.pastTtl();
    Phase first = run.phase(JWKS_HELD, run.sessionUsers(), run.opaqueUsers());
    held.awaitHeldInAll(1, AWAIT);
    first.put(JWKS_CALLS, held.heldInAll()).put(JWKS_HELD_NOW, held.heldNow())
        .put(JWKS_ANSWERED, run.clerk().answered("GET", JWKS) - answered);
    ScenarioRun.pause(ScenarioClerk.CALL_TIMEOUT.multipliedBy(2));
    run.phase(REFRESH_FAILED, run.sessionUsers(), run.opaqueUsers()).put(JWKS_CALLS, held.heldInAll())
        .put(JWKS_ANSWERED, run.clerk().answered("GET", JWKS) - answered);
  }

  static void clerkDown(ScenarioRun run) {
    run.warmUp();
    run.clerk().fake().faults().failNext(Faults.ALWAYS, 503, "/");
    run.pastTtl();
    downPhase(run, DOWN_6_MIN, true);
    run.clerk().clock().advance(Duration.ofMinutes(53));
    downPhase(run, DOWN_59_MIN, true);
    run.clerk().clock().advance(Duration.ofMinutes(2));
    downPhase(run, DOWN_61_MIN, false);
  }

  private static void downPhase(ScenarioRun run, String label, boolean withOpaque) {
    int jwks = run.clerk().answered("GET", JWKS);
    Phase p = withOpaque ? run.phase(label, run.sessionUsers(), run.opaqueUsers())
        : run.phase(label, run.sessionUsers());
    p.put(JWKS_CALLS, run.clerk().answered("GET", JWKS) - jwks);
  }

  static void storm(ScenarioRun run) {
    run.warmUp();
    Faults faults = run.clerk().fake().faults();
    faults.rateLimitNext(Faults.ALWAYS, STORM_RETRY_AFTER, JWKS);
    faults.rateLimitNext(Faults.ALWAYS, STORM_RETRY_AFTER, HANDSHAKE_PAYLOAD);
    faults.failNext(Faults.ALWAYS, 502, "/m2m_tokens");
    faults.failNext(Faults.ALWAYS, 503, "/api_keys");
    faults.failNext(Faults.ALWAYS, 504, "/oauth_applications");
    int jwks = run.clerk().answered("GET", JWKS);
    int verify = run.clerk().answered("POST", M2M_VERIFY);
    run.pastTtl();
    run.phase(STORMING, run.sessionUsers(), run.opaqueUsers())
        .put(JWKS_CALLS, run.clerk().answered("GET", JWKS) - jwks)
        .put(VERIFY_CALLS, run.clerk().answered("POST", M2M_VERIFY) - verify);
    int payloads = run.clerk().answered("GET", HANDSHAKE_PAYLOAD);
    run.phase(NONCE_IN_STORM, new UserGroup(HANDSHAKE, 1, 1,
        (u, i) -> new UserGroup.Request(run.clerk().sessionPath() + "?__clerk_handshake_nonce=x", List.of())))
        .put(HANDSHAKE_CALLS, run.clerk().answered("GET", HANDSHAKE_PAYLOAD) - payloads);
  }

  static void dribble(ScenarioRun run) {
    run.warmUp();
    Faults faults = run.clerk().fake().faults();
    HeldRequests jwks = faults.dribbleNext(Faults.ALWAYS, DRIBBLE_INTERVAL, JWKS);
    HeldRequests verify = faults.dribbleNext(Faults.ALWAYS, DRIBBLE_INTERVAL, M2M_VERIFY);
    run.pastTtl();
    Phase p = run.phase(DRIBBLING, run.sessionUsers(), run.opaqueUsers());
    jwks.awaitHeldInAll(1, AWAIT);
    ScenarioRun.awaitNoneOpen(jwks, verify);
    p.put(JWKS_CALLS, jwks.heldInAll()).put(VERIFY_CALLS, verify.heldInAll())
        .put(STILL_DRIBBLING, ScenarioRun.openNow(jwks, verify));
  }

  static void refused(ScenarioRun run) {
    run.warmUp();
    run.clerk().close();
    run.pastTtl();
    run.phase(REFUSED, run.sessionUsers(), run.opaqueUsers());
  }
}
