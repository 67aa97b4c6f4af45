package io.clerkservlet.benchmarks.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The medians over the rounds, as the markdown table of BENCHMARKS.md. */
final class Summary {
  private Summary() {
  }

  static String table(List<Runner.Sample> samples, List<Configs.Config> configs) {
    double baseRate = median(samples, "none", s -> s.wrk.requestsPerSecond);
    double baseCpu = median(samples, "none", s -> s.cpuMicrosPerRequest);
    double baseAlloc = median(samples, "none", s -> s.bytesPerRequest);
    StringBuilder sb = new StringBuilder("Medians over the rounds (per-round values in samples.csv).\n\n"
        + "| configuration | req/s | req/s vs no filter | Tomcat CPU per request | CPU vs no filter "
        + "| alloc per request | alloc vs no filter | p50 / p99 ms | non-2xx |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Configs.Config c : configs) {
      double rate = median(samples, c.id, s -> s.wrk.requestsPerSecond);
      double cpu = median(samples, c.id, s -> s.cpuMicrosPerRequest);
      double alloc = median(samples, c.id, s -> s.bytesPerRequest);
      long non2xx = samples.stream().filter(s -> s.config.equals(c.id)).mapToLong(s -> s.wrk.non2xx).sum();
      sb.append(String.format("| %s | %,.0f | %.2f× | %.0f µs | %+.0f µs | %,.0f B | %+,.0f B | %.2f / %.2f | %d |%n",
          c.label, rate, rate / baseRate, cpu, cpu - baseCpu, alloc, alloc - baseAlloc,
          median(samples, c.id, s -> s.wrk.p50Millis), median(samples, c.id, s -> s.wrk.p99Millis), non2xx));
    }
    return sb.toString();
  }

  private interface Metric {
    double of(Runner.Sample s);
  }

  private static double median(List<Runner.Sample> samples, String config, Metric metric) {
    List<Double> values = new ArrayList<>();
    for (Runner.Sample s : samples) {
      if (s.config.equals(config)) {
        values.add(metric.of(s));
      }
    }
    if (values.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
