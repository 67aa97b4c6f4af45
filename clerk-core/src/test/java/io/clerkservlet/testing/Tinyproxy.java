package io.clerkservlet.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code tinyproxy}, started in the foreground on a free 127.0.0.1 port for one test, with
 * optional basic authentication. {@link #isInstalled()} tells whether the binary is there.
 */
public final class Tinyproxy implements AutoCloseable {
  private static final Path BINARY = Paths.get("/usr/bin/tinyproxy");

  private final Process process;
  private final int port;
  private final Path log;

  private Tinyproxy(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** True when {@code /usr/bin/tinyproxy} exists. */
  public static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /** Starts a proxy; {@code user}/{@code password} null for none. */
  public static Tinyproxy start(String user, String password) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = free.getLocalPort();
    }
    Path dir = Files.createTempDirectory("tinyproxy");
    String config = "Port " + port + "\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nLogLevel Info\n"
        + "MaxClients 50\n" + (user == null ? "" : "BasicAuth " + user + " " + password + "\n");
    Path file = dir.resolve("tinyproxy.conf");
    Files.write(file, config.getBytes(StandardCharsets.US_ASCII));
    Path log = dir.resolve("tinyproxy.log");
    Process process = new ProcessBuilder(BINARY.toString(), "-d", "-c", file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Tinyproxy proxy = new Tinyproxy(process, port, log);
    proxy.awaitListening();
    return proxy;
  }

  private void awaitListening() throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IOException("tinyproxy exited with " + process.exitValue());
        }
        Thread.sleep(20);
      }
    }
    throw new IOException("tinyproxy did not listen on " + port);
  }

  /** What tinyproxy logged so far. */
  public String log() throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  /** The port. */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
