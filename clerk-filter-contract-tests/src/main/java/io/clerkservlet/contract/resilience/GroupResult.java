package io.clerkservlet.contract.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every outcome of one {@link UserGroup} in one phase, with counts and latency figures. */
public final class GroupResult {
  /** The label of requests never sent because their user stopped at a timeout or the phase limit. */
  public static final String NOT_SENT = "not sent";

  private final String name;
  private final List<Outcome> outcomes;
  private final int notSent;
  private final long elapsedNanos;

  GroupResult(String name, List<Outcome> outcomes, int notSent, long elapsedNanos) {
    this.name = name;
    this.outcomes = List.copyOf(outcomes);
    this.notSent = notSent;
    this.elapsedNanos = elapsedNanos;
  }

  /** The group's name. */
  public String name() {
    return name;
  }

  /** Requests sent (answered or not). */
  public int sent() {
    return outcomes.size();
  }

  /** Requests not sent. */
  public int notSent() {
    return notSent;
  }

  /** How many got this status. */
  public int count(int status) {
    return (int) outcomes.stream().filter(o -> o.isAnswered() && o.status() == status).count();
  }

  /** How many got no answer within the request timeout. */
  public int timeouts() {
    return (int) outcomes.stream().filter(o -> Outcome.TIMEOUT.equals(o.failure())).count();
  }

  /** How many got a 5xx. */
  public int serverErrors() {
    return (int) outcomes.stream().filter(o -> o.isAnswered() && o.status() >= 500).count();
  }

  /** 503 answers without a {@code Retry-After} header. */
  public int unavailableWithoutRetryAfter() {
    return (int) outcomes.stream().filter(o -> o.isAnswered() && o.status() == 503 && !o.retryAfter()).count();
  }

  /** Count per status or failure (and {@link #NOT_SENT}), sorted. */
  public Map<String, Integer> statuses() {
    Map<String, Integer> out = new TreeMap<>();
    for (Outcome o : outcomes) {
      out.merge(o.label(), 1, Integer::sum);
    }
    if (notSent > 0) {
      out.put(NOT_SENT, notSent);
    }
    return out;
  }

  /** The latency at this percentile (0–100) of the sent requests, in milliseconds; 0 when none. */
  public double percentileMillis(double percentile) {
    List<Long> sorted = new ArrayList<>();
    outcomes.forEach(o -> sorted.add(o.nanos()));
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1)) / 1e6;
  }

  /** The slowest request, in milliseconds. */
  public double maxMillis() {
    return percentileMillis(100);
  }

  /** Sent requests per second of the group's elapsed time (first start to last end). */
  public double requestsPerSecond() {
    return elapsedNanos <= 0 ? 0 : outcomes.size() * 1e9 / elapsedNanos;
  }

  @Override
  public String toString() {
    return name + " " + statuses();
  }
}
