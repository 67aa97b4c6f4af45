package io.clerkservlet.contract.resilience;

import static io.clerkservlet.contract.resilience.ScenarioRun.AWAIT;
import static io.clerkservlet.contract.resilience.ScenarioRun.JWKS;
import static io.clerkservlet.contract.resilience.ScenarioScripts.BOGUS;
import static io.clerkservlet.contract.resilience.ScenarioScripts.JWKS_CALLS;
import static io.clerkservlet.contract.resilience.ScenarioScripts.ROTATED;
import static io.clerkservlet.contract.resilience.ScenarioScripts.VERIFY_CALLS;

import io.clerkservlet.contract.resilience.UserGroup.Request;
import io.clerkservlet.testkit.Faults;
import io.clerkservlet.testkit.HeldRequests;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flood: distinct bogus opaque tokens against verify endpoints that never answer (held), while
 * signed-in users keep going; during it the signing key rotates and tokens of the new key arrive,
 * whose one JWKS fetch must still get through.
 */
public final class FloodScript {
  /** Phase: the flood with the rotation inside it. */
  public static final String FLOOD = "bogus flood, held verify, key rotation";
  /** Count: bogus-token verify requests held in the fake when the rotated key's tokens were sent. */
  public static final String VERIFY_HELD_AT_ROTATION = "verify requests held at the rotation";
  /** Concurrent requests with the rotated key's token (one token: single-flight). */
  static final int ROTATED_USERS = 8;
  /**
   * The clock's step after the warm-up: past the forced-refetch interval of the warm-up's fetch
   * (seconds), well inside the keys' lifetime, so the new kid may fetch at once.
   */
  static final Duration PAST_REFETCH_INTERVAL = Duration.ofMinutes(1);
  private static final List<String> VERIFY_PATHS = List.of(ScenarioRun.M2M_VERIFY, "/api_keys/verify",
      "/oauth_applications/access_tokens/verify");

  private FloodScript() {
  }

  static void flood(ScenarioRun run) {
    run.warmUp();
    run.clerk().clock().advance(PAST_REFETCH_INTERVAL);
    Faults faults = run.clerk().fake().faults();
    HeldRequests[] verify = new HeldRequests[VERIFY_PATHS.size()];
    for (int i = 0; i < verify.length; i++) {
      verify[i] = faults.holdNext(Faults.ALWAYS, VERIFY_PATHS.get(i));
    }
    int jwks = run.clerk().answered("GET", JWKS);
    MachineCounters start = ScenarioRun.counters();
    LoadGenerator.Running flood = run.load().start(run.sessionUsers(run.shape().floodSessionUsers()),
        run.bogusFlood());
    awaitAnyHeld(verify);
    int heldAtRotation = ScenarioRun.openNow(verify);
    String rotated = run.clerk().rotateAndSign();
    Map<String, GroupResult> groups = new LinkedHashMap<>(run.load().run(new UserGroup(ROTATED, ROTATED_USERS, 1,
        (u, i) -> Request.bearer(run.clerk().sessionPath(), rotated))));
    int jwksForRotation = run.clerk().answered("GET", JWKS) - jwks;
    groups.putAll(flood.await());
    int verifyCalls = 0;
    for (HeldRequests h : verify) {
      verifyCalls += h.heldInAll();
    }
    run.record(FLOOD, groups, start).put(JWKS_CALLS, jwksForRotation).put(VERIFY_CALLS, verifyCalls)
        .put(VERIFY_HELD_AT_ROTATION, heldAtRotation).put("bogus requests sent", groups.get(BOGUS).sent());
  }

  private static void awaitAnyHeld(HeldRequests... handles) {
    long end = System.nanoTime() + AWAIT.toNanos();
    while (System.nanoTime() < end && ScenarioRun.openNow(handles) == 0) {
      ScenarioRun.pause(Duration.ofMillis(10));
    }
  }
}
