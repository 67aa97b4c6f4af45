package io.clerkservlet.contract.resilience;

import io.clerkservlet.contract.resilience.UserGroup.Request;
import io.clerkservlet.testkit.HeldRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a scenario script works with: its Clerk, the load generator, the load shape, and the phases so far. */
public final class ScenarioRun {
  /** The JWKS cache lifetime ({@code @clerk/backend}: 5 minutes). */
  public static final Duration KEYS_TTL = Duration.ofMinutes(5);
  /** How long the last good keys may be served while Clerk fails, from the last successful fetch. */
  public static final Duration STALE_LIMIT = Duration.ofHours(1);
  /** The longest a script waits for something the fake must see (a refresh reaching it, a dribble ending). */
  public static final Duration AWAIT = Duration.ofSeconds(10);
  /** The JWKS path. */
  public static final String JWKS = "/v1/jwks";
  /** The opaque M2M token verify path. */
  public static final String M2M_VERIFY = "/m2m_tokens/verify";

  private final ScenarioClerk clerk;
  private final LoadGenerator load;
  private final LoadShape shape;
  private final List<Phase> phases = new ArrayList<>();
  private ThreadCensus afterWarmUp;

  ScenarioRun(ScenarioClerk clerk, LoadGenerator load, LoadShape shape) {
    this.clerk = clerk;
    this.load = load;
    this.shape = shape;
  }

  /** The scenario's Clerk. */
  public ScenarioClerk clerk() {
    return clerk;
  }

  /** The load generator. */
  public LoadGenerator load() {
    return load;
  }

  /** The load shape. */
  public LoadShape shape() {
    return shape;
  }

  /** Runs the groups at once as a phase and records it. */
  public Phase phase(String label, UserGroup... groups) {
    MachineCounters start = MachineCounters.now();
    return record(label, load.run(groups), start);
  }

  /** Records a phase whose groups ran elsewhere, since {@code start} ({@link #counters()}). */
  Phase record(String label, Map<String, GroupResult> groups, MachineCounters start) {
    Phase p = new Phase(label, groups).machine(MachineCounters.now().since(start));
    phases.add(p);
    return p;
  }

  /** The GC and steal counters now, for {@link #record}. */
  static MachineCounters counters() {
    return MachineCounters.now();
  }

  /**
   * The warm-up with a healthy Clerk: session and opaque users once, so the keys are fetched and
   * cached; then the thread census the scenario compares with.
   */
  public Phase warmUp() {
    Phase p = phase(ScenarioScripts.WARM_UP, sessionUsers(), opaqueUsers()).put(ScenarioScripts.JWKS_CALLS,
        clerk.answered("GET", JWKS));
    afterWarmUp = ThreadCensus.now();
    return p;
  }

  /** Moves the clock one minute past the keys' lifetime. */
  public void pastTtl() {
    clerk.clock().advance(KEYS_TTL.plusMinutes(1));
  }

  /** The scenario's session users: each its own token, issued now (so the kid is the cached one). */
  public UserGroup sessionUsers() {
    return sessionUsers(shape.sessionUsers());
  }

  /** {@code users} session users sending {@link LoadShape#sessionRequests()} requests each. */
  public UserGroup sessionUsers(int users) {
    List<String> tokens = clerk.sessionTokens(users);
    return new UserGroup(ScenarioScripts.SESSION, users, shape.sessionRequests(), shape.pace(),
        (u, i) -> Request.bearer(clerk.sessionPath(), tokens.get(u)));
  }

  /** The opaque-token users: a valid {@code mt_} token on the any-token route. */
  public UserGroup opaqueUsers() {
    String token = clerk.opaqueToken();
    return new UserGroup(ScenarioScripts.OPAQUE, shape.opaqueUsers(), shape.opaqueRequests(), shape.pace(),
        (u, i) -> Request.bearer(clerk.machinePath(), token));
  }

  /** The flood: every request a new bogus {@code mt_}/{@code ak_}/{@code oat_} token. */
  public UserGroup bogusFlood() {
    int perUser = shape.floodRequests();
    return new UserGroup(ScenarioScripts.BOGUS, shape.flooders(), perUser,
        (u, i) -> Request.bearer(clerk.machinePath(), ScenarioClerk.bogusToken(u * perUser + i)));
  }

  /** The census taken after the warm-up, or null before it. */
  ThreadCensus afterWarmUp() {
    return afterWarmUp;
  }

  /** The phases so far. */
  List<Phase> phases() {
    return List.copyOf(phases);
  }

  /** Waits until every handle has nothing open (at most {@link #AWAIT}). */
  public static void awaitNoneOpen(HeldRequests... handles) {
    long end = System.nanoTime() + AWAIT.toNanos();
    while (System.nanoTime() < end && openNow(handles) > 0) {
      pause(Duration.ofMillis(50));
    }
  }

  /** The requests open now across the handles. */
  public static int openNow(HeldRequests... handles) {
    int n = 0;
    for (HeldRequests h : handles) {
      n += h.heldNow();
    }
    return n;
  }

  /** Sleeps (to let a deadline pass; never measured). */
  public static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
