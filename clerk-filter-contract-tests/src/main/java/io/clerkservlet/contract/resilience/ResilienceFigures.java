package io.clerkservlet.contract.resilience;

import io.clerkservlet.contract.ServletContainerUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of the fault scenarios for {@code BENCHMARKS.md}: every {@link Scenario} run once in
 * a container with {@link LoadShape#FIGURES}, then one Markdown table row per phase: the session
 * users' p50/p99/max latency and req/s with their p99 against the no-fault p99, every group's
 * statuses (with the opaque users' latency), the upstream calls, and the threads. Measures only;
 * the suite ({@link ResilienceContract}) asserts.
 */
public final class ResilienceFigures {
  private static final String HEADER = "| scenario | phase | session p50 / p99 / max ms | session req/s | "
      + "session p99 vs no fault | session statuses | opaque statuses (p50 / p99 / max ms) | other groups | "
      + "upstream | threads after warm-up → after (clerk-*, container workers) | GC / CPU steal ms |";

  private ResilienceFigures() {
  }

  /** Runs every scenario in {@code container} and returns the Markdown (machine line, then the table). */
  public static String run(ServletContainerUnderTest container, LoadShape shape) throws Exception {
    List<ScenarioReport> reports = new ArrayList<>();
    try (ResilienceRig rig = ResilienceRig.start(container, EnumSet.allOf(Scenario.class), shape)) {
      for (Scenario s : Scenario.values()) {
        reports.add(rig.run(s, shape));
      }
    }
    double noFaultP99 = reports.get(0).phase(ScenarioScripts.STEADY).group(ScenarioScripts.SESSION)
        .percentileMillis(99);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s, %s, Java %s, %d cores, load %s; %s%n%n", Instant.now(),
        container.name(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), shape,
        "latencies as the load generator saw them (loopback, request timeout "
            + LoadGenerator.REQUEST_TIMEOUT.toSeconds() + " s)"));
    out.append(HEADER).append('\n').append("|---|---|---:|---:|---:|---|---|---|---|---|---:|\n");
    for (ScenarioReport r : reports) {
      for (Phase p : r.phases()) {
        if (!p.label().equals(ScenarioScripts.WARM_UP)) {
          out.append(row(r, p, noFaultP99)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Runs the figures and writes them to {@code file} (and standard output). */
  public static void write(ServletContainerUnderTest container, LoadShape shape, Path file) throws Exception {
    String figures = run(container, shape);
    System.out.println(figures);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, figures, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot write the figures to " + file, e);
    }
  }

  private static String row(ScenarioReport r, Phase p, double noFaultP99) {
    GroupResult session = p.has(ScenarioScripts.SESSION) ? p.group(ScenarioScripts.SESSION) : null;
    List<String> cells = new ArrayList<>();
    cells.add(r.scenario().title());
    cells.add(p.label());
    cells.add(session == null ? "—" : latency(session));
    cells.add(session == null ? "—" : String.format(Locale.ROOT, "%.0f", session.requestsPerSecond()));
    cells.add(session == null || noFaultP99 <= 0 ? "—"
        : String.format(Locale.ROOT, "%.1f×", session.percentileMillis(99) / noFaultP99));
    cells.add(session == null ? "—" : statuses(session));
    GroupResult opaque = p.has(ScenarioScripts.OPAQUE) ? p.group(ScenarioScripts.OPAQUE) : null;
    cells.add(opaque == null ? "—" : statuses(opaque) + " (" + latency(opaque) + ")");
    cells.add(others(p));
    cells.add(p.counts().isEmpty() ? "—" : p.counts().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    cells.add(r.before().counted() + " → " + r.after().counted() + " (" + r.after().clerk() + ", "
        + r.before().containerWorkers() + " → " + r.after().containerWorkers() + ")");
    cells.add(p.machine().gcMillis() + " / " + p.machine().stealMillis());
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String others(Phase p) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, GroupResult> g : p.groups().entrySet()) {
      if (!g.getKey().equals(ScenarioScripts.SESSION) && !g.getKey().equals(ScenarioScripts.OPAQUE)) {
        out.add(g.getKey() + " " + statuses(g.getValue()) + " (" + latency(g.getValue()) + ")");
      }
    }
    return out.isEmpty() ? "—" : String.join("; ", out);
  }

  private static String latency(GroupResult g) {
    return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", g.percentileMillis(50), g.percentileMillis(99),
        g.maxMillis());
  }

  private static String statuses(GroupResult g) {
    return g.statuses().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
