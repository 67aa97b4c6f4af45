package io.clerkservlet.benchmarks.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's {@code wrk}: one bounded run, and what its report says. */
final class Wrk {
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /** What one run reported. */
  static final class Result {
    long requests;
    double seconds;
    double requestsPerSecond;
    long non2xx;
    long socketErrors;
    double p50Millis = Double.NaN;
    double p99Millis = Double.NaN;
  }

  private Wrk() {
  }

  /** Fails with the install command when {@code wrk} is not on the PATH. */
  static void requireInstalled() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("wrk is not installed: apt-get install -y wrk", e);
    }
  }

  /** Runs {@code wrk} for {@code seconds} (killed after twice that) and returns its report. */
  static String run(int threads, int connections, int seconds, Path script, String url)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
        "--timeout", "5s", "-s", script.toString(), url).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(2L * seconds + 10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  static Result parse(String text) {
    Result r = new Result();
    Matcher m = TOTAL.matcher(text);
    if (m.find()) {
      r.requests = Long.parseLong(m.group(1));
      r.seconds = toMillis(Double.parseDouble(m.group(2)), m.group(3)) / 1000;
    }
    m = RATE.matcher(text);
    if (m.find()) {
      r.requestsPerSecond = Double.parseDouble(m.group(1));
    }
    m = NON_2XX.matcher(text);
    if (m.find()) {
      r.non2xx = Long.parseLong(m.group(1));
    }
    m = SOCKET.matcher(text);
    if (m.find()) {
      for (int i = 1; i <= 4; i++) {
        r.socketErrors += Long.parseLong(m.group(i));
      }
    }
    r.p50Millis = percentile(text, "50%");
    r.p99Millis = percentile(text, "99%");
    return r;
  }

  private static double percentile(String text, String label) {
    Matcher m = Pattern.compile("^\\s+" + label + "\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE).matcher(text);
    return m.find() ? toMillis(Double.parseDouble(m.group(1)), m.group(2)) : Double.NaN;
  }

  private static double toMillis(double value, String unit) {
    switch (unit) {
      case "us":
        return value / 1000;
      case "s":
        return value * 1000;
      case "m":
        return value * 60_000;
      default:
        return value;
    }
  }
}
