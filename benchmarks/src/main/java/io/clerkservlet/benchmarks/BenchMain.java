package io.clerkservlet.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark run in one command: machine facts, the JMH benchmarks (with {@code -prof gc}),
 * the ratios to the floor, the forks' call counts ({@code counts.md}), then {@link Probe} and
 * {@link LeakCheck} in their own JVMs. Everything is
 * written to one results folder (argument 1, default {@code benchmarks/target/bench-results/<UTC time>}).
 * {@code -Dbench.quick=true} shortens every benchmark to a smoke run (numbers meaningless).
 */
public final class BenchMain {
  private BenchMain() {
  }

  /**
   * Runs a suite: no argument or {@code suite} for the main suite (session, M2M, forged kids, then
   * Probe and LeakCheck), {@code peers} for {@link PeerVerifyBench} alone (every peer in one run),
   * {@code decide} for {@link FilterDecideBench}; an optional last argument names the results folder.
   */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    String mode = !rest.isEmpty() && List.of("suite", "peers", "decide").contains(rest.get(0)) ? rest.remove(0)
        : "suite";
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
    Path out = Paths.get(!rest.isEmpty() ? rest.get(0)
        : "benchmarks/results/" + (mode.equals("suite") ? "" : mode + "-") + stamp);
    Files.createDirectories(out);
    System.out.println("[bench] " + mode + ": results in " + out.toAbsolutePath());
    long started = System.nanoTime();
    Files.write(out.resolve("machine.txt"), machineFacts().getBytes(StandardCharsets.UTF_8));
    ChainedOptionsBuilder options = jmhOptions(out);
    if (mode.equals("suite")) {
      options.include(SessionVerifyBench.class.getName()).include(MachineTokenBench.class.getName())
          .include(ForgedKidBench.class.getName());
    } else {
      options.include((mode.equals("peers") ? PeerVerifyBench.class : FilterDecideBench.class).getName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    String summary = Summary.table(results) + "\n" + Summary.forks(results);
    Files.write(out.resolve("summary.md"), summary.getBytes(StandardCharsets.UTF_8));
    System.out.println(summary);
    if (!mode.equals("suite")) {
      finish(out, started);
      return;
    }
    Path counts = out.resolve("counts.md");
    if (Files.exists(counts)) {
      System.out.println(new String(Files.readAllBytes(counts), StandardCharsets.UTF_8));
    }
    runHarness(Probe.class, out.resolve("probe.md"));
    runHarness(LeakCheck.class, out.resolve("leakcheck.md"));
    finish(out, started);
  }

  private static void finish(Path out, long started) throws IOException {
    String after = "load after: " + shell("uptime") + "total wall time: "
        + (System.nanoTime() - started) / 1_000_000_000L + " s\n";
    Files.write(out.resolve("machine.txt"), after.getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    System.out.print(after);
  }

  private static ChainedOptionsBuilder jmhOptions(Path out) {
    ChainedOptionsBuilder b = new OptionsBuilder()
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-Dbench.counts=" + out.toAbsolutePath().resolve("counts.md"))
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh.json").toString())
        .output(out.resolve("jmh.log").toString());
    if (Boolean.getBoolean("bench.quick")) {
      b.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(1)
          .measurementTime(TimeValue.seconds(1));
    }
    return b;
  }

  private static void runHarness(Class<?> main, Path file) throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xms2g", "-Xmx2g", "-cp",
        System.getProperty("java.class.path"), main.getName()));
    System.out.println("[bench] " + main.getSimpleName() + " -> " + file);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(file.toFile()).start();
    int rc = p.waitFor();
    // httpclient5's SLF4J API finds no binding here and says so; that note is noise in the results.
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replaceAll("(?m)^SLF4J:.*\\R", "");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    System.out.println(text);
    if (rc != 0) {
      System.out.println("[bench] " + main.getSimpleName() + " exited with " + rc);
    }
  }

  private static String machineFacts() {
    StringBuilder sb = new StringBuilder();
    sb.append("java: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append('\n');
    sb.append("os: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append('\n');
    sb.append("nproc: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
    sb.append("load before: ").append(shell("uptime"));
    sb.append(shell("lscpu"));
    return sb.toString();
  }

  /** What {@code command} prints (stdout and stderr), or one line saying why it could not run. */
  public static String shell(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text;
    } catch (IOException e) {
      return String.join(" ", command) + ": " + e.getMessage() + "\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return String.join(" ", command) + ": interrupted\n";
    }
  }

  /** The markdown table of a JMH run, with the ratios to the floor. */
  static final class Summary {
    private Summary() {
    }

    static String table(Collection<RunResult> results) {
      RunResult floor = find(results, "floorJdkSignature");
      StringBuilder sb = new StringBuilder();
      sb.append("| benchmark | threads | ops/s (total) ± 99.9% CI | µs/op per thread | alloc B/op "
          + "| time/op vs floor | throughput vs floor |\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (RunResult r : results) {
        Result<?> p = r.getPrimaryResult();
        int threads = r.getParams().getThreads();
        double usPerOp = threads * 1e6 / p.getScore();
        double floorScore = floor == null ? Double.NaN : floor.getPrimaryResult().getScore();
        double floorUs = floor == null ? Double.NaN : floor.getParams().getThreads() * 1e6 / floorScore;
        sb.append(String.format("| %s | %d | %,.0f ± %,.0f | %.2f | %s | %.2f× | %.2f× |%n",
            shortName(r), threads, p.getScore(), p.getScoreError(), usPerOp, alloc(r), usPerOp / floorUs,
            (p.getScore() / threads) / (floor == null ? Double.NaN : floorScore / floor.getParams().getThreads())));
      }
      return sb.toString();
    }

    /** Each fork's mean and its ratio to the floor's fork of the same number (bimodal forks show here). */
    static String forks(Collection<RunResult> results) {
      RunResult floor = find(results, "floorJdkSignature");
      List<Double> floorForks = floor == null ? List.of() : forkScores(floor);
      StringBuilder sb = new StringBuilder("| benchmark | per fork: ops/s (time/op vs the floor's fork) |\n|---|---|\n");
      for (RunResult r : results) {
        List<Double> scores = forkScores(r);
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
          cells.append(i == 0 ? "" : "; ").append(String.format("%,.0f", scores.get(i)));
          if (i < floorForks.size()) {
            cells.append(String.format(" (%.2f×)", floorForks.get(i) / scores.get(i)));
          }
        }
        sb.append("| ").append(shortName(r)).append(" | ").append(cells).append(" |\n");
      }
      return sb.toString();
    }

    private static List<Double> forkScores(RunResult r) {
      List<Double> out = new ArrayList<>();
      for (org.openjdk.jmh.results.BenchmarkResult b : r.getBenchmarkResults()) {
        out.add(b.getPrimaryResult().getScore());
      }
      return out;
    }

    private static String shortName(RunResult r) {
      String full = r.getParams().getBenchmark();
      String[] parts = full.split("\\.");
      return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String alloc(RunResult r) {
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          return String.format("%,.0f", e.getValue().getScore());
        }
      }
      return "n/a";
    }

    private static RunResult find(Collection<RunResult> results, String method) {
      for (RunResult r : results) {
        if (r.getParams().getBenchmark().endsWith("." + method)) {
          return r;
        }
      }
      return null;
    }
  }
}
