package io.clerkservlet.benchmarks.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Runs one {@code wrk} pass and records what the server spent on it. */
final class Runner {
  /** One measured pass. */
  static final class Sample {
    final String config;
    final int round;
    final Wrk.Result wrk;
    final double cpuMicrosPerRequest;
    final double bytesPerRequest;

    Sample(String config, int round, Wrk.Result wrk, double cpuMicrosPerRequest, double bytesPerRequest) {
      this.config = config;
      this.round = round;
      this.wrk = wrk;
      this.cpuMicrosPerRequest = cpuMicrosPerRequest;
      this.bytesPerRequest = bytesPerRequest;
    }
  }

  private final Path raw;
  private final Path csv;
  private final int port;
  private final long pid;
  private final int threads;
  private final int connections;
  private final long ticksPerSecond;
  private final List<Sample> samples = new ArrayList<>();

  Runner(Path out, Path raw, int port, long pid, int threads, int connections) throws IOException {
    this.raw = raw;
    this.csv = out.resolve("samples.csv");
    this.port = port;
    this.pid = pid;
    this.threads = threads;
    this.connections = connections;
    this.ticksPerSecond = Long.parseLong(Machine.shell("getconf", "CLK_TCK").trim());
    Files.writeString(csv, "round,config,requests,seconds,req_per_s,non_2xx,socket_errors,p50_ms,p99_ms,"
        + "cpu_ticks,cpu_us_per_req,alloc_bytes_per_req\n");
  }

  /** One pass of {@code seconds}; round 0 is warm-up (raw output kept, not a sample). */
  void run(Configs.Config c, int seconds, int round) throws IOException, InterruptedException {
    long ticks0 = cpuTicks();
    long bytes0 = allocatedBytes();
    String text = Wrk.run(threads, connections, seconds, c.script, "http://127.0.0.1:" + port + c.path);
    long ticks = cpuTicks() - ticks0;
    long bytes = allocatedBytes() - bytes0;
    String name = (round == 0 ? "warmup" : "r" + round) + "-" + c.id + ".txt";
    Files.writeString(raw.resolve(name), text);
    Wrk.Result r = Wrk.parse(text);
    double cpu = r.requests == 0 ? Double.NaN : ticks * 1e6 / ticksPerSecond / r.requests;
    double alloc = r.requests == 0 ? Double.NaN : (double) bytes / r.requests;
    System.out.printf("[e2e] %-8s %-10s %,10.0f req/s  %6.1f µs CPU/req  %,8.0f B/req  non-2xx %d%n",
        round == 0 ? "warm-up" : "round " + round, c.id, r.requestsPerSecond, cpu, alloc, r.non2xx);
    if (round > 0) {
      samples.add(new Sample(c.id, round, r, cpu, alloc));
      Files.writeString(csv, String.format("%d,%s,%d,%.2f,%.1f,%d,%d,%.3f,%.3f,%d,%.2f,%.0f%n", round, c.id,
          r.requests, r.seconds, r.requestsPerSecond, r.non2xx, r.socketErrors, r.p50Millis, r.p99Millis, ticks,
          cpu, alloc), StandardOpenOption.APPEND);
    }
  }

  List<Sample> samples() {
    return samples;
  }

  /** utime + stime of the server process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
  private long cpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private long allocatedBytes() throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/stats").openConnection();
    try (InputStream in = c.getInputStream()) {
      return Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
    } finally {
      c.disconnect();
    }
  }
}
