package io.clerkservlet.contract.resilience;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's outcome checks on a phase's groups and a scenario's threads. */
final class ResilienceChecks {
  private ResilienceChecks() {
  }

  /**
   * Every session request 200; every opaque-token request 200 when Clerk answers its verify calls,
   * else 503 with {@code Retry-After}.
   */
  static void served(Phase phase, boolean verifyAnswered) {
    allOk(phase, ScenarioScripts.SESSION);
    if (verifyAnswered) {
      allOk(phase, ScenarioScripts.OPAQUE);
    } else {
      allUnavailable(phase, ScenarioScripts.OPAQUE);
    }
  }

  /** At most {@code max} JWKS requests reached Clerk in the phase. */
  static void keyFetchesAtMost(Phase phase, int max, String why) {
    assertThat(phase.count(ScenarioScripts.JWKS_CALLS)).as("%s: %s", why, phase).isLessThanOrEqualTo(max);
  }

  /** Every request of the group sent and answered 200. */
  static void allOk(Phase phase, String group) {
    GroupResult g = phase.group(group);
    assertThat(g.statuses()).as("%s in %s: every request 200", group, phase).containsOnlyKeys("200");
  }

  /** Every request of the group sent and answered 503 with {@code Retry-After}. */
  static void allUnavailable(Phase phase, String group) {
    GroupResult g = phase.group(group);
    assertThat(g.statuses()).as("%s in %s: every request 503", group, phase).containsOnlyKeys("503");
    assertThat(g.unavailableWithoutRetryAfter()).as("%s in %s: 503 without Retry-After", group, phase).isZero();
  }

  /** Every request of the group sent and answered 401 or 503 (with {@code Retry-After}), never 200. */
  static void neverAcceptedNeverHung(Phase phase, String group) {
    GroupResult g = phase.group(group);
    assertThat(g.statuses().keySet()).as("%s in %s: only 401 or 503", group, phase).isNotEmpty()
        .isSubsetOf("401", "503");
    assertThat(g.unavailableWithoutRetryAfter()).as("%s in %s: 503 without Retry-After", group, phase).isZero();
  }

  /** No thread growth past the tolerance since the warm-up; {@code clerk-*} threads a fixed few. */
  static void threadsFlat(ScenarioReport r) {
    assertThat(r.after().counted()).as("threads after the warm-up %s, after the scenario %s", r.before().countedNames(),
        r.after().countedNames()).isLessThanOrEqualTo(r.before().counted() + ResilienceContract.THREAD_TOLERANCE);
    assertThat(r.after().clerk()).as("clerk-* threads for %d clients: %s", r.clerkClients(), r.after().countedNames())
        .isLessThanOrEqualTo(ResilienceContract.CLERK_THREADS_PER_CLIENT * r.clerkClients());
  }
}
