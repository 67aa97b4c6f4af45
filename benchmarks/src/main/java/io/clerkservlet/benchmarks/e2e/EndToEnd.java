package io.clerkservlet.benchmarks.e2e;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end harness in one command: the fake Clerk in this JVM, {@link E2eServer} (Tomcat 10.1)
 * in a child JVM, Debian's {@code wrk} against it on 127.0.0.1, every configuration of
 * {@link Configs} in interleaved rounds (the order rotates each round), Tomcat's CPU per request
 * from {@code /proc/<pid>/stat} and its allocation per request from {@code /stats}. Writes a results
 * folder (argument 1, default {@code benchmarks/results/e2e-<UTC time>}) with every raw
 * {@code wrk} output, {@code samples.csv}, the server's log, {@code machine.txt} and
 * {@code summary.md} (medians); the Lua scripts and tokens stay in a temporary folder. Bounded: warm-up and measured seconds per configuration, rounds.
 *
 * <p>System properties: {@code e2e.seconds} (10), {@code e2e.warmup} (10), {@code e2e.rounds} (5),
 * {@code e2e.threads} (2), {@code e2e.connections} (32), {@code e2e.distinct} (10000).
 */
public final class EndToEnd {
  /** The {@code azp} of every token and the authorized party of the session filter. */
  static final String AZP = "https://app.example.com";

  private EndToEnd() {
  }

  /** Runs the harness. */
  public static void main(String[] args) throws Exception {
    int seconds = Integer.getInteger("e2e.seconds", 10);
    int warmup = Integer.getInteger("e2e.warmup", 10);
    int rounds = Integer.getInteger("e2e.rounds", 5);
    int threads = Integer.getInteger("e2e.threads", 2);
    int connections = Integer.getInteger("e2e.connections", 32);
    int distinct = Integer.getInteger("e2e.distinct", 10_000);
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
    Path out = Paths.get(args.length > 0 ? args[0] : "benchmarks/results/e2e-" + stamp);
    Path raw = Files.createDirectories(out.resolve("raw"));
    long started = System.nanoTime();
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Wrk.requireInstalled();
    Files.writeString(out.resolve("machine.txt"), Machine.facts() + String.format(
        "harness: %d s warm-up and %d s measured per configuration, %d rounds, wrk -t%d -c%d, %d distinct JWTs%n",
        warmup, seconds, rounds, threads, connections, distinct));

    try (FakeClerkBackend fake = FakeClerkBackend.start()) {
      String user = fake.createUser("e2e@example.com", "End", "ToEnd");
      MachineCredentials machine = fake.createMachine("e2e");
      String mt;
      try (ClerkClient minter = ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
          .machineSecretKey(machine.getSecretKey()).build()) {
        mt = minter.m2mTokens().createToken().getToken();
      }
      System.out.println("[e2e] minting " + distinct + " session tokens");
      List<String> tokens = new ArrayList<>(distinct);
      for (int i = 0; i < distinct; i++) {
        tokens.add(fake.tokens().sessionToken(user).authorizedParty(AZP).lifetime(Duration.ofHours(3)).sign());
      }
      String issuer = io.clerkservlet.benchmarks.BenchFixture.claim(tokens.get(0), "iss");
      // Scripts, the 10,000 tokens and the key go to a temporary folder, not into the results.
      Path work = Files.createTempDirectory("e2e-");
      Path pem = work.resolve("signing-key.pem");
      Files.writeString(pem, fake.signingKeys().current().publicKeyPem());
      Configs configs = Configs.write(work, tokens, mt);

      int port = freePort();
      Process server = startServer(out, port, fake, machine, issuer, pem);
      try {
        Runner runner = new Runner(out, raw, port, server.pid(), threads, connections);
        System.out.println("[e2e] warm-up: " + warmup + " s per configuration");
        for (Configs.Config c : configs.all()) {
          runner.run(c, warmup, 0);
        }
        for (int round = 1; round <= rounds; round++) {
          List<Configs.Config> order = configs.rotated(round - 1);
          for (Configs.Config c : order) {
            runner.run(c, seconds, round);
          }
        }
        String summary = Summary.table(runner.samples(), configs.all());
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.println(summary);
      } finally {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
    String after = "load after: " + Machine.shell("uptime") + "total wall time: "
        + (System.nanoTime() - started) / 1_000_000_000L + " s\n";
    Files.writeString(out.resolve("machine.txt"), after, StandardOpenOption.APPEND);
    System.out.print(after);
    System.out.println("[e2e] results in " + out.toAbsolutePath());
  }

  private static Process startServer(Path out, int port, FakeClerkBackend fake, MachineCredentials machine,
      String issuer, Path pem) throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        E2eServer.class.getName(), String.valueOf(port), fake.apiUrl(), fake.secretKey(), fake.publishableKey(),
        machine.getSecretKey(), issuer, pem.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Path log = out.resolve("server.log");
    BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    StringBuilder head = new StringBuilder();
    while ((line = reader.readLine()) != null) {
      head.append(line).append('\n');
      if (line.startsWith("READY")) {
        break;
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException("server did not start in 60 s:\n" + head);
      }
    }
    if (line == null) {
      throw new IllegalStateException("server exited:\n" + head);
    }
    Files.writeString(log, head);
    Thread drain = new Thread(() -> {
      try {
        String l;
        while ((l = reader.readLine()) != null) {
          Files.writeString(log, l + "\n", StandardOpenOption.APPEND);
        }
      } catch (IOException ignored) {
        // the server stopped
      }
    }, "e2e-server-log");
    drain.setDaemon(true);
    drain.start();
    System.out.println("[e2e] Tomcat 10.1 on 127.0.0.1:" + port + " (pid " + p.pid() + ")");
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
