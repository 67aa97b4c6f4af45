package io.clerkservlet.contract.resilience;

import static io.clerkservlet.contract.resilience.ScenarioScripts.BOGUS;
import static io.clerkservlet.contract.resilience.ScenarioScripts.HANDSHAKE;
import static io.clerkservlet.contract.resilience.ScenarioScripts.JWKS_ANSWERED;
import static io.clerkservlet.contract.resilience.ScenarioScripts.JWKS_CALLS;
import static io.clerkservlet.contract.resilience.ScenarioScripts.JWKS_HELD_NOW;
import static io.clerkservlet.contract.resilience.ScenarioScripts.OPAQUE;
import static io.clerkservlet.contract.resilience.ScenarioScripts.ROTATED;
import static io.clerkservlet.contract.resilience.ScenarioScripts.SESSION;
import static io.clerkservlet.contract.resilience.ScenarioScripts.VERIFY_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.contract.ServletContainerUnderTest;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The resilience suite of issue 9, in a real container: every {@link Scenario} with its own fake
 * Clerk, a bounded loopback load ({@link LoadShape#SUITE}), and assertions on outcomes only:
 * status codes, upstream call counts, held-request counts and thread counts, never on time.
 * Subclasses give the container ({@link #newContainer()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ResilienceContract {
  /** Key fetches one refresh attempt may make (its bounded retries included). */
  static final int MAX_JWKS_CALLS_PER_REFRESH = 3;
  /** Threads (not the container's request workers, not the test's) a scenario may leave behind. */
  static final int THREAD_TOLERANCE = 4;
  /** {@code clerk-*} threads allowed per open Clerk client (a refresher, a timer). */
  static final int CLERK_THREADS_PER_CLIENT = 2;

  private ResilienceRig rig;

  /** A new, not yet started container with this module's filter and test servlets. */
  protected abstract ServletContainerUnderTest newContainer();

  @BeforeAll
  void startRig() throws Exception {
    rig = ResilienceRig.start(newContainer(), EnumSet.allOf(Scenario.class), LoadShape.SUITE);
  }

  @AfterAll
  void stopRig() throws Exception {
    if (rig != null) {
      rig.close();
    }
  }

  private ScenarioReport run(Scenario scenario) {
    ScenarioReport report = rig.run(scenario, LoadShape.SUITE);
    Phase warmUp = report.phase(ScenarioScripts.WARM_UP);
    ResilienceChecks.served(warmUp, true);
    assertThat(warmUp.count(JWKS_CALLS)).as("warm-up key fetches: %s", warmUp).isEqualTo(1);
    return report;
  }

  @Test
  @Order(1)
  void whenNoFaultThenEveryRequestAnswered200AndKeysFetchedOncePerLifetime() {
    ScenarioReport r = run(Scenario.BASELINE);
    Phase steady = r.phase(ScenarioScripts.STEADY);
    ResilienceChecks.served(steady, true);
    assertThat(steady.count(JWKS_CALLS)).as("%s", steady).isZero();
    Phase refreshed = r.phase(ScenarioScripts.HEALTHY_PAST_TTL);
    ResilienceChecks.served(refreshed, true);
    assertThat(refreshed.count(JWKS_CALLS)).as("%s", refreshed).isLessThanOrEqualTo(1);
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(2)
  void whenJwksSlowerThanCallTimeoutAfterTtlThenCachedKidNeverWaits() {
    ScenarioReport r = run(Scenario.SLOW_JWKS);
    Phase held = r.phase(ScenarioScripts.JWKS_HELD);
    ResilienceChecks.served(held, true);
    assertThat(held.count(JWKS_CALLS)).as("the revalidation reached Clerk, once: %s", held)
        .isBetween(1, MAX_JWKS_CALLS_PER_REFRESH);
    assertThat(held.count(JWKS_ANSWERED)).as("no JWKS answer came: %s", held).isZero();
    assertThat(held.count(JWKS_HELD_NOW)).as("every session request completed while the JWKS request was held: %s",
        held).isPositive();
    Phase failed = r.phase(ScenarioScripts.REFRESH_FAILED);
    ResilienceChecks.served(failed, true);
    ResilienceChecks.keyFetchesAtMost(failed, MAX_JWKS_CALLS_PER_REFRESH,
        "no refetch per request after the failed refresh");
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(3)
  void whenClerkDownAfterKeysFetchedThenCachedKeysServeForAnHourThenRequestsAnswered503() {
    ScenarioReport r = run(Scenario.CLERK_DOWN);
    for (String label : new String[] {ScenarioScripts.DOWN_6_MIN, ScenarioScripts.DOWN_59_MIN}) {
      Phase down = r.phase(label);
      ResilienceChecks.served(down, false);
      ResilienceChecks.keyFetchesAtMost(down, MAX_JWKS_CALLS_PER_REFRESH, "one refresh attempt");
    }
    Phase expired = r.phase(ScenarioScripts.DOWN_61_MIN);
    ResilienceChecks.allUnavailable(expired, SESSION);
    ResilienceChecks.keyFetchesAtMost(expired, MAX_JWKS_CALLS_PER_REFRESH, "single-flight, failure remembered");
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(4)
  void whenRateLimitAndServerErrorStormThenSessionsUnaffectedAndHandshakeNonceCallsClerkOnce() {
    ScenarioReport r = run(Scenario.STORM);
    Phase storm = r.phase(ScenarioScripts.STORMING);
    ResilienceChecks.served(storm, false);
    ResilienceChecks.keyFetchesAtMost(storm, MAX_JWKS_CALLS_PER_REFRESH, "one refresh attempt");
    assertThat(storm.count(VERIFY_CALLS)).as("verify never retried: %s", storm)
        .isLessThanOrEqualTo(storm.group(OPAQUE).sent());
    Phase nonce = r.phase(ScenarioScripts.NONCE_IN_STORM);
    assertThat(nonce.group(HANDSHAKE).statuses()).as("answered, not signed in: %s", nonce)
        .hasSize(1).doesNotContainKeys("200", Outcome.TIMEOUT);
    assertThat(nonce.count(ScenarioScripts.HANDSHAKE_CALLS)).as("request-driven, never retried: %s", nonce)
        .isEqualTo(1);
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(5)
  void whenServerDribblesThenCallsEndAtDeadlineAndSessionsUnaffected() {
    ScenarioReport r = run(Scenario.DRIBBLE);
    Phase p = r.phase(ScenarioScripts.DRIBBLING);
    ResilienceChecks.served(p, false);
    assertThat(p.count(JWKS_CALLS)).as("%s", p).isBetween(1, MAX_JWKS_CALLS_PER_REFRESH);
    assertThat(p.count(VERIFY_CALLS)).as("%s", p).isLessThanOrEqualTo(p.group(OPAQUE).sent());
    assertThat(p.count(ScenarioScripts.STILL_DRIBBLING)).as("every dribbled call given up at its deadline: %s", p)
        .isZero();
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(6)
  void whenConnectionRefusedThenSessionsServedFromCachedKeysAndOpaqueAnswered503() {
    ScenarioReport r = run(Scenario.CONNECTION_REFUSED);
    ResilienceChecks.served(r.phase(ScenarioScripts.REFUSED), false);
    ResilienceChecks.threadsFlat(r);
  }

  @Test
  @Order(7)
  void whenBogusTokenFloodAgainstSlowVerifyThenSessionsUnaffectedAndRotatedKeyStillFetched() {
    ScenarioReport r = run(Scenario.BOGUS_FLOOD);
    Phase p = r.phase(FloodScript.FLOOD);
    ResilienceChecks.allOk(p, SESSION);
    ResilienceChecks.allOk(p, ROTATED);
    assertThat(p.count(FloodScript.VERIFY_HELD_AT_ROTATION)).as("rotation during the flood: %s", p).isPositive();
    assertThat(p.count(JWKS_CALLS)).as("the new kid's one key fetch: %s", p).isEqualTo(1);
    ResilienceChecks.neverAcceptedNeverHung(p, BOGUS);
    int sent = p.group(BOGUS).sent();
    assertThat(p.count(VERIFY_CALLS)).as("each bogus token at most one call, some none (limit full): %s", p)
        .isLessThan(sent);
    ResilienceChecks.threadsFlat(r);
  }
}
