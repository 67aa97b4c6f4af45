package io.clerkservlet.contract.resilience;

import io.clerkservlet.contract.FilterSpec;
import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.TestServlet;
import io.clerkservlet.contract.WebApp;
import io.clerkservlet.contract.resilience.UserGroup.Request;
import io.clerkservlet.web.ClerkClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios' container: one application with every scenario's filters (each scenario its own
 * fake Clerk and shared client), the echo servlet, and the load generator. Shared by the suite
 * ({@link ResilienceContract}) and the figures ({@link ResilienceFigures}).
 */
public final class ResilienceRig implements AutoCloseable {
  /** Let abandoned calls and released requests finish before the after-census. */
  static final Duration SETTLE = Duration.ofSeconds(1);
  /** Clients of the container warm-up: more than any phase runs at once. */
  private static final int WARM_UP_CLIENTS = 104;

  /** The path segment of the warm-up's own Clerk. */
  private static final String WARM_UP_ID = "warm-up";

  private final ServletContainerUnderTest container;
  private final Map<Scenario, ScenarioClerk> clerks = new EnumMap<>(Scenario.class);
  private ScenarioClerk warmUpClerk;
  private LoadGenerator load;

  private ResilienceRig(ServletContainerUnderTest container) {
    this.container = container;
  }

  /**
   * Starts a fake Clerk per scenario, then the container with their filters, and warms it up: the
   * container's worker pool, then (for the JIT) {@code warmUp}'s session and opaque users on a Clerk
   * of the warm-up's own, so that the first scenario is measured like the others.
   */
  public static ResilienceRig start(ServletContainerUnderTest container, Collection<Scenario> scenarios,
      LoadShape warmUp) throws Exception {
    ResilienceRig rig = new ResilienceRig(container);
    try {
      for (Scenario s : scenarios) {
        rig.clerks.put(s, new ScenarioClerk(s.id()));
      }
      rig.warmUpClerk = new ScenarioClerk(WARM_UP_ID);
      container.start(rig.app());
      rig.load = new LoadGenerator(container.baseUrl());
      rig.load.run(new UserGroup("container warm-up", WARM_UP_CLIENTS, 5,
          (u, i) -> new Request(WebApp.PLAIN_ECHO, List.of())));
      ScenarioRun jit = new ScenarioRun(rig.warmUpClerk, rig.load, warmUp);
      rig.load.run(jit.sessionUsers(), jit.opaqueUsers());
      return rig;
    } catch (Exception | Error e) {
      rig.close();
      throw e;
    }
  }

  private WebApp app() {
    WebApp app = new WebApp();
    List<String> echoes = new ArrayList<>(List.of("/plain/*"));
    List<ScenarioClerk> all = new ArrayList<>(clerks.values());
    all.add(warmUpClerk);
    for (ScenarioClerk clerk : all) {
      for (FilterSpec f : clerk.filters()) {
        app.filter(f);
      }
      echoes.addAll(clerk.echoPatterns());
    }
    return app.servlet(TestServlet.ECHO, echoes.toArray(new String[0]));
  }

  /** The container under test. */
  public ServletContainerUnderTest container() {
    return container;
  }

  /** Runs one scenario with this load; its faults are cleared afterwards, whatever happened. */
  public ScenarioReport run(Scenario scenario, LoadShape shape) {
    ScenarioClerk clerk = clerks.get(scenario);
    if (clerk == null) {
      throw new IllegalArgumentException("not started with " + scenario);
    }
    ScenarioRun run = new ScenarioRun(clerk, load, shape);
    try {
      scenario.script(run);
    } finally {
      clerk.fake().faults().clear();
    }
    ScenarioRun.pause(SETTLE);
    return new ScenarioReport(scenario, run.phases(), run.afterWarmUp(), ThreadCensus.now(),
        ClerkClients.shared().size());
  }

  /** Stops the load generator, the container and every fake Clerk. */
  @Override
  public void close() throws Exception {
    try {
      if (load != null) {
        load.close();
      }
      container.stop();
    } finally {
      clerks.values().forEach(ScenarioClerk::close);
      if (warmUpClerk != null) {
        warmUpClerk.close();
      }
    }
  }
}
