package io.clerkservlet.contract.resilience;

import java.util.List;

/**
 * What one scenario run gave: its phases in order (the first is the warm-up with a healthy Clerk),
 * the thread census after the warm-up and after the scenario, and how many shared Clerk clients
 * were open.
 */
public record ScenarioReport(Scenario scenario, List<Phase> phases, ThreadCensus before, ThreadCensus after,
    int clerkClients) {
  /** The phase with this label. */
  public Phase phase(String label) {
    return phases.stream().filter(p -> p.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no phase " + label + " in " + phases));
  }

  /** The last phase (the scenario's main measurement unless it says otherwise). */
  public Phase last() {
    return phases.get(phases.size() - 1);
  }
}
