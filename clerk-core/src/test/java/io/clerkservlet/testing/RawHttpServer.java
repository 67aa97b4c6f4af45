package io.clerkservlet.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A misbehaving HTTP/1.1 server on 127.0.0.1 for transport tests: per request path it answers at
 * once, trickles its answer a byte at a time, or holds the connection until {@link #release()}.
 */
public final class RawHttpServer implements AutoCloseable {
  /** What the server does with one request. */
  public enum Behaviour { ANSWER, DRIBBLE, HOLD }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-http-test");
    t.setDaemon(true);
    return t;
  });
  private final Function<String, Behaviour> behaviour;
  private final Duration dribbleInterval;
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger closedByClient = new AtomicInteger();

  private RawHttpServer(Function<String, Behaviour> behaviour, Duration dribbleInterval) throws IOException {
    this.behaviour = behaviour;
    this.dribbleInterval = dribbleInterval;
    this.socket = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
    threads.execute(this::acceptLoop);
  }

  /** Starts a server deciding per path; dribbled answers send one byte per {@code dribbleInterval}. */
  public static RawHttpServer start(Function<String, Behaviour> behaviour, Duration dribbleInterval)
      throws IOException {
    return new RawHttpServer(behaviour, dribbleInterval);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Requests read so far. */
  public int requests() {
    return requests.get();
  }

  /** Requests held right now. */
  public int held() {
    return held.get();
  }

  /** Dribbled answers cut short because the client closed the connection. */
  public int closedByClient() {
    return closedByClient.get();
  }

  /** Lets every held request (and later ones) be answered. */
  public void release() {
    released.countDown();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        threads.execute(() -> serve(s));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (Socket conn = s) {
      InputStream in = conn.getInputStream();
      OutputStream out = conn.getOutputStream();
      for (String path; (path = readRequest(in)) != null; ) {
        requests.incrementAndGet();
        Behaviour b = behaviour.apply(path);
        String body = "{\"keys\":[],\"padding\":\"................................\"}";
        byte[] answer = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
            + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
        if (b == Behaviour.HOLD) {
          held.incrementAndGet();
          released.await();
          held.decrementAndGet();
        }
        if (b == Behaviour.DRIBBLE) {
          dribble(out, answer);
        } else {
          out.write(answer);
          out.flush();
        }
      }
    } catch (IOException | InterruptedException ended) {
      // the client went away or the server closed
    }
  }

  private void dribble(OutputStream out, byte[] answer) throws IOException, InterruptedException {
    for (byte b : answer) {
      try {
        out.write(b);
        out.flush();
      } catch (IOException e) {
        closedByClient.incrementAndGet();
        throw e;
      }
      Thread.sleep(dribbleInterval.toMillis());
    }
  }

  /** Reads one request (head and Content-Length body); returns its path, or null at end of stream. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int c; matched < 4; ) {
      c = in.read();
      if (c < 0) {
        return null;
      }
      head.write(c);
      matched = (c == '\r' || c == '\n') ? (matched + 1) : 0;
    }
    String text = new String(head.toByteArray(), StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    for (int i = 0; i < length; i++) {
      in.read();
    }
    String path = text.split(" ")[1];
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  @Override
  public void close() throws IOException {
    release();
    socket.close();
    threads.shutdownNow();
  }
}
