package io.clerkservlet.contract.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded loopback load generator: each {@link UserGroup}'s users run on their own threads
 * ({@value #USER_THREAD_PREFIX}N) and send their fixed number of requests one after the other.
 * Every request has a finite {@link #REQUEST_TIMEOUT}; a user whose request got no answer (timed
 * out, or the connection failed) stops, its remaining requests counting as not sent; a phase stops
 * after {@link #PHASE_LIMIT}. So nothing can hang the build.
 */
public final class LoadGenerator implements AutoCloseable {
  /** How long one request may take before the generator gives up on it (a hang, as a client sees it). */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** The longest one phase may run before its users are stopped. */
  public static final Duration PHASE_LIMIT = Duration.ofSeconds(60);
  /** The name prefix of the users' threads. */
  public static final String USER_THREAD_PREFIX = "resilience-user-";
  /** The name prefix of the HTTP client's threads. */
  public static final String HTTP_THREAD_PREFIX = "resilience-http-";

  private final URI base;
  private final ExecutorService httpThreads = Executors.newCachedThreadPool(named(HTTP_THREAD_PREFIX));
  private final HttpClient http;

  /** A generator sending to {@code base} (for example {@code http://127.0.0.1:40123}). */
  public LoadGenerator(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(REQUEST_TIMEOUT).executor(httpThreads).build();
  }

  /** A phase in progress. */
  public final class Running {
    private final ExecutorService users;
    private final Map<String, Recorder> recorders = new LinkedHashMap<>();

    private Running(List<UserGroup> groups) {
      int total = groups.stream().mapToInt(UserGroup::users).sum();
      users = Executors.newFixedThreadPool(Math.max(1, total), named(USER_THREAD_PREFIX));
      for (UserGroup g : groups) {
        Recorder recorder = new Recorder();
        recorders.put(g.name(), recorder);
        for (int u = 0; u < g.users(); u++) {
          int user = u;
          users.execute(() -> runUser(g, user, recorder));
        }
      }
      users.shutdown();
    }

    /** Waits for every user (at most {@link #PHASE_LIMIT}) and returns each group's result by name. */
    public Map<String, GroupResult> await() {
      try {
        if (!users.awaitTermination(PHASE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
          users.shutdownNow();
          users.awaitTermination(REQUEST_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        users.shutdownNow();
        Thread.currentThread().interrupt();
      }
      Map<String, GroupResult> out = new LinkedHashMap<>();
      recorders.forEach((name, r) -> out.put(name, r.result(name)));
      return out;
    }
  }

  /** Starts the groups at once; {@link Running#await()} collects them. */
  public Running start(UserGroup... groups) {
    return new Running(List.of(groups));
  }

  /** Runs the groups at once to the end. */
  public Map<String, GroupResult> run(UserGroup... groups) {
    return start(groups).await();
  }

  /** Sends one request and waits for its outcome (at most {@link #REQUEST_TIMEOUT}). */
  public Outcome send(UserGroup.Request request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(REQUEST_TIMEOUT);
    for (int i = 0; i < request.headers().size(); i += 2) {
      b.header(request.headers().get(i), request.headers().get(i + 1));
    }
    long start = System.nanoTime();
    try {
      HttpResponse<Void> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.discarding());
      return Outcome.answered(r.statusCode(), r.headers().firstValue("Retry-After").isPresent(),
          System.nanoTime() - start);
    } catch (HttpTimeoutException e) {
      return Outcome.failed(Outcome.TIMEOUT, System.nanoTime() - start);
    } catch (IOException e) {
      return Outcome.failed(e.getClass().getSimpleName(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed("interrupted", System.nanoTime() - start);
    }
  }

  private void runUser(UserGroup group, int user, Recorder recorder) {
    long next = System.nanoTime() + group.pace().toNanos() * user / group.users();
    for (int i = 0; i < group.requestsPerUser(); i++) {
      next = keepPace(next, group.pace());
      if (Thread.currentThread().isInterrupted()) {
        recorder.notSent(group.requestsPerUser() - i);
        return;
      }
      Outcome o = send(group.requests().request(user, i));
      recorder.add(o);
      if (!o.isAnswered()) {
        recorder.notSent(group.requestsPerUser() - i - 1);
        return;
      }
    }
  }

  /** Sleeps until {@code next} and returns the time of the request after it. */
  private static long keepPace(long next, Duration pace) {
    if (pace.isZero()) {
      return next;
    }
    long wait = next - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Math.max(next, System.nanoTime() - pace.toNanos()) + pace.toNanos();
  }

  /** Stops the HTTP client's threads. */
  @Override
  public void close() {
    httpThreads.shutdownNow();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Collects one group's outcomes from its users' threads. */
  private static final class Recorder {
    private final List<Outcome> outcomes = new ArrayList<>();
    private int notSent;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    synchronized void add(Outcome o) {
      long end = System.nanoTime();
      outcomes.add(o);
      first = Math.min(first, end - o.nanos());
      last = Math.max(last, end);
    }

    synchronized void notSent(int count) {
      notSent += count;
    }

    synchronized GroupResult result(String name) {
      return new GroupResult(name, outcomes, notSent, outcomes.isEmpty() ? 0 : last - first);
    }
  }
}
