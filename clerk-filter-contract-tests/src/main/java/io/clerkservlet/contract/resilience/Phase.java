package io.clerkservlet.contract.resilience;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One load phase of a scenario: each group's result by name, and the counts the scenario took
 * around it (upstream calls per endpoint, held requests, ...), in the order they were added.
 */
public final class Phase {
  private final String label;
  private final Map<String, GroupResult> groups;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private MachineCounters machine = new MachineCounters(0, 0);

  Phase(String label, Map<String, GroupResult> groups) {
    this.label = label;
    this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /** What the phase is, for example {@code past the TTL, JWKS held}. */
  public String label() {
    return label;
  }

  /** The result of the group of this name. */
  public GroupResult group(String name) {
    GroupResult g = groups.get(name);
    if (g == null) {
      throw new IllegalArgumentException("no group " + name + " in phase " + label + ": " + groups.keySet());
    }
    return g;
  }

  /** Whether the phase has a group of this name. */
  public boolean has(String name) {
    return groups.containsKey(name);
  }

  /** Every group's result. */
  public Map<String, GroupResult> groups() {
    return groups;
  }

  /** The count of this name. */
  public int count(String name) {
    Integer c = counts.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no count " + name + " in phase " + label + ": " + counts.keySet());
    }
    return c;
  }

  /** Every count, in the order taken. */
  public Map<String, Integer> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** GC and CPU steal time during the phase (they explain latency tails). */
  MachineCounters machine() {
    return machine;
  }

  Phase machine(MachineCounters during) {
    this.machine = during;
    return this;
  }

  Phase put(String name, int value) {
    counts.put(name, value);
    return this;
  }

  @Override
  public String toString() {
    return label + ": " + groups.values() + " " + counts;
  }
}
