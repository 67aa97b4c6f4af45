package io.clerkservlet.testkit;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server of a {@link FakeClerkBackend}: bound to loopback, served by daemon threads. */
final class LoopbackServer implements AutoCloseable {
  static {
    // The JDK server otherwise answers kept-alive connections after a delayed ACK (~40 ms each).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  /** Binds {@code port} on the loopback address (0 picks a free one); nothing is answered before {@link #serve}. */
  LoopbackServer(int port) throws IOException {
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-clerk-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Starts answering every path with {@code handler}. */
  void serve(HttpHandler handler) {
    server.createContext("/", handler);
    server.start();
  }

  /** Stops the server and its threads; connections to the port are then refused. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
