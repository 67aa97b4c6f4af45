package io.clerkservlet.benchmarks;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testkit.MachineCredentials;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs 100,000 verifications (half session tokens through {@code authenticateRequest}, half opaque
 * M2M tokens with no cache, so each one is an HTTP call to the fake) on a fixed pool of worker
 * threads, and prints live threads, open file descriptors and TCP connections to the fake's port
 * before, during and after. Linux only for the socket and descriptor counts ({@code /proc}).
 */
public final class LeakCheck {
  private static final int TOTAL = 100_000;
  private static final int ROUNDS = 10;
  private static final int WORKERS = 4;

  private LeakCheck() {
  }

  /** Runs the check; exits non-zero when threads or connections grew. */
  public static void main(String[] args) throws Exception {
    try (BenchFixture fx = new BenchFixture()) {
      MachineCredentials machine = fx.fake().createMachine("bench");
      ClerkClient clerk = fx.machineClient(machine, Duration.ZERO);
      List<String> sessions = fx.sessionTokens(256);
      List<String> m2m = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        m2m.add(clerk.m2mTokens().createToken().getToken());
      }
      AuthenticateRequestOptions sessionOptions = BenchFixture.sessionRequestOptions();
      AuthenticateRequestOptions m2mOptions = BenchFixture.m2mRequestOptions();
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
      Job job = i -> i % 2 == 0
          ? clerk.authenticateRequest(BenchFixture.bearerRequest(sessions.get((i / 2) % sessions.size())),
              sessionOptions)
          : clerk.authenticateRequest(BenchFixture.bearerRequest(m2m.get((i / 2) % m2m.size())), m2mOptions);
      System.out.println("| point | verifications | threads (all) | threads (not the fake's) "
          + "| open fds | client→fake ESTABLISHED | fake-side ESTABLISHED | TIME_WAIT on fake port |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      run(pool, job, 2_000, fx);
      fx.fake().clearExchanges();
      Snapshot before = Snapshot.take(fx.fake().port());
      before.print("after warm-up (baseline)", 0);
      long done = 0;
      long m2mCalls = 0;
      long t0 = System.nanoTime();
      for (int r = 1; r <= ROUNDS; r++) {
        run(pool, job, TOTAL / ROUNDS, fx);
        m2mCalls += fx.m2mVerifyCalls();
        fx.fake().clearExchanges();
        done += TOTAL / ROUNDS;
        if (r % 2 == 0 || r == 1) {
          Snapshot.take(fx.fake().port()).print("after round " + r, done);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Snapshot after = Snapshot.take(fx.fake().port());
      pool.shutdown();
      System.out.printf("%n%d verifications in %.1f s on %d worker threads; %d M2M verify calls reached "
          + "the fake.%n", done, seconds, WORKERS, m2mCalls);
      System.out.println("Thread names before: " + before.threadNames);
      System.out.println("Thread names after:  " + after.threadNames);
      boolean grew = after.nonFakeThreads > before.nonFakeThreads
          || after.clientEstablished > Math.max(before.clientEstablished, WORKERS);
      System.out.println(grew ? "RESULT: GROWTH" : "RESULT: no thread or connection growth");
      if (grew) {
        System.exit(1);
      }
    }
  }

  private interface Job {
    RequestState call(int i);
  }

  private static void run(ExecutorService pool, Job job, int count, BenchFixture fx) throws Exception {
    List<Future<Integer>> parts = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int first = w;
      parts.add(pool.submit(() -> {
        int ok = 0;
        for (int i = first; i < count; i += WORKERS) {
          ok += job.call(i).isAuthenticated() ? 1 : 0;
        }
        return ok;
      }));
    }
    int ok = 0;
    for (Future<Integer> f : parts) {
      ok += f.get();
    }
    if (ok != count) {
      throw new IllegalStateException((count - ok) + " of " + count + " verifications failed");
    }
  }

  private static final class Snapshot {
    int allThreads;
    int nonFakeThreads;
    int fds;
    int clientEstablished;
    int serverEstablished;
    int timeWait;
    Map<String, Integer> threadNames = new TreeMap<>();

    static Snapshot take(int port) throws IOException {
      Snapshot s = new Snapshot();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        String name = t.getName().replaceAll("[0-9]+", "N");
        s.threadNames.merge(name, 1, Integer::sum);
        s.allThreads++;
        // The fake's JDK HttpServer (dispatcher, idle timer, cached pool) is the test server, not the library.
        if (!name.startsWith("fake-clerk-") && !name.startsWith("HTTP-Dispatcher")
            && !name.equals("idle-timeout-task")) {
          s.nonFakeThreads++;
        }
      }
      String[] fds = new File("/proc/self/fd").list();
      s.fds = fds == null ? -1 : fds.length;
      // Java sockets are usually dual-stack, so IPv4 loopback connections show up in tcp6.
      List<String> lines = new ArrayList<>(Files.readAllLines(Paths.get("/proc/net/tcp")));
      lines.addAll(Files.readAllLines(Paths.get("/proc/net/tcp6")));
      for (String line : lines) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 4 || !f[1].contains(":")) {
          continue;
        }
        int local = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
        int remote = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16);
        if (local != port && remote != port) {
          continue;
        }
        if ("01".equals(f[3])) {
          if (remote == port) {
            s.clientEstablished++;
          } else {
            s.serverEstablished++;
          }
        } else if ("06".equals(f[3])) {
          s.timeWait++;
        }
      }
      return s;
    }

    void print(String point, long done) {
      System.out.printf("| %s | %,d | %d | %d | %d | %d | %d | %d |%n", point, done, allThreads, nonFakeThreads,
          fds, clientEstablished, serverEstablished, timeWait);
    }
  }
}
