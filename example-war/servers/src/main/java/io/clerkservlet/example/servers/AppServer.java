package io.clerkservlet.example.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real application server distribution (unpacked from Maven Central) running one WAR as a child
 * process on 127.0.0.1: {@link #start}, {@link #undeploy()}, {@link #close()}. Its console output
 * goes to {@link #logFile()}. A JVM shutdown hook kills it if the caller never closes it.
 */
public abstract class AppServer implements AutoCloseable {
  /** The WAR's file name in the server, which makes the context path {@value #CONTEXT_PATH}. */
  public static final String WAR_NAME = "clerk-example.war";
  /** The context path of the example. */
  public static final String CONTEXT_PATH = "/clerk-example";
  /** How long a start (with deployment) or an undeployment may take at most. */
  public static final Duration TIMEOUT = Duration.ofSeconds(180);

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** The unpacked distribution. */
  protected final Path home;
  /** This server's own directory (configuration, deployments, logs), recreated on start. */
  protected final Path base;
  private final String name;
  private final Path logFile;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private Thread stopper;

  /** A server of the distribution at {@code home} working in {@code workDir/<name>}. */
  protected AppServer(String name, Path home, Path workDir) {
    if (!Files.isDirectory(home)) {
      throw new IllegalArgumentException(name + ": no distribution at " + home
          + " (the build unpacks it in pre-integration-test: run ./mvnw verify)");
    }
    this.name = name;
    this.home = home;
    this.base = workDir.resolve(name);
    this.logFile = workDir.resolve(name + ".log");
  }

  /** The HTTP port, known once the server directory is prepared. */
  public abstract int httpPort();

  /** Writes this server's configuration into {@link #base} and copies the WAR in. */
  protected abstract void prepare(Path war) throws IOException;

  /** The command that runs the server in the foreground. */
  protected abstract List<String> command();

  /** Environment variables of the server process besides the caller's. */
  protected abstract Map<String, String> serverEnvironment();

  /** True once the WAR is deployed; throws when its deployment failed. */
  protected abstract boolean deployed() throws IOException;

  /** Starts the deployment of {@code war} into the running server, after {@link #undeploy()}. */
  protected abstract void startDeploy(Path war) throws IOException;

  /** Starts the removal of the WAR from the running server. */
  protected abstract void startUndeploy() throws IOException;

  /** True once the WAR is undeployed. */
  protected abstract boolean undeployed() throws IOException;

  /** The log lines that reveal a problem: leaks, errors, failed stops. */
  protected abstract Pattern problemPattern();

  /** The server's name, for example {@code tomcat9}. */
  public String name() {
    return name;
  }

  /** The example's URL, {@code http://127.0.0.1:<port>/clerk-example}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + httpPort() + CONTEXT_PATH;
  }

  /** The server's console output. */
  public Path logFile() {
    return logFile;
  }

  /**
   * Prepares a fresh server directory with {@code war}, starts the server with {@code environment}
   * (the application's {@code CLERK_*} variables; inherited {@code CLERK_*} variables are dropped) and
   * waits until the WAR answers.
   */
  public void start(Path war, Map<String, String> environment) throws IOException {
    deleteRecursively(base);
    Files.createDirectories(base);
    prepare(war);
    ProcessBuilder builder = new ProcessBuilder(command()).directory(base.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("CLERK_"));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(serverEnvironment());
    builder.environment().putAll(environment);
    process = builder.start();
    stopper = new Thread(this::stop, name + "-stopper");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      await("start of " + name + " with " + WAR_NAME, () -> deployedSafely() && answers());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Deploys {@code war} again into the running server (after {@link #undeploy()}) and waits until it answers. */
  public void deploy(Path war) throws IOException {
    startDeploy(war);
    await("deployment of " + WAR_NAME + " into " + name, () -> deployedSafely() && answers());
  }

  /** Removes the WAR from the running server and waits until it is gone. */
  public void undeploy() throws IOException {
    startUndeploy();
    await("undeployment of " + WAR_NAME + " from " + name, () -> {
      try {
        return undeployed();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Log files the server writes besides its console output. */
  protected List<Path> otherLogs() throws IOException {
    return List.of();
  }

  /** The lines of the console output and the other logs that match {@link #problemPattern()}. */
  public List<String> problemLines() throws IOException {
    Pattern problem = problemPattern();
    List<String> out = new ArrayList<>();
    List<Path> logs = new ArrayList<>(otherLogs());
    logs.add(0, logFile);
    for (Path log : logs) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
        lines.filter(l -> problem.matcher(l).find()).forEach(out::add);
      }
    }
    return out;
  }

  /** The last {@code count} lines of the server's output. */
  public String logTail(int count) {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Stops the server gracefully (SIGTERM), killing it when it does not stop in 30 s. */
  @Override
  public void close() {
    stop();
    try {
      if (stopper != null) {
        Runtime.getRuntime().removeShutdownHook(stopper);
      }
    } catch (IllegalStateException e) {
      // the JVM is shutting down and runs the hook (which waits for this stop)
    }
  }

  private synchronized void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>(process.descendants().collect(Collectors.toList()));
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    long end = System.nanoTime() + STOP_TIMEOUT.toNanos();
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(Math.max(1, end - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process = null;
  }

  /** An HTTP GET of {@code path} below {@link #baseUrl()}; the status, or -1 when nothing answers. */
  protected int statusOf(String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
          .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private boolean deployedSafely() {
    try {
      return deployed();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the page answers 200; a server error means the application cannot start. */
  private boolean answers() {
    int status = statusOf("/");
    if (status >= 500) {
      throw new IllegalStateException("the deployed application answers " + status);
    }
    return status == 200;
  }

  /** Polls {@code condition} until {@link #TIMEOUT}; fails with the log's tail when the process dies. */
  private void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      boolean done;
      try {
        done = condition.getAsBoolean();
      } catch (RuntimeException e) {
        throw new IllegalStateException(what + ": " + e.getMessage() + "\n" + logTail(60), e);
      }
      if (done) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(what + ": the server exited with " + process.exitValue() + "\n"
            + logTail(60));
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException(what + ": not done after " + TIMEOUT.toSeconds() + " s\n" + logTail(60));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(what + ": interrupted", e);
      }
    }
  }

  /** Deletes a directory tree, if it exists. */
  protected static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }

  /** Copies a directory tree. */
  protected static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
