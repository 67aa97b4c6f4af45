package io.clerkservlet.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fault injection for the fake Clerk. Each fault applies to the next {@code count} requests whose
 * path starts with the given prefix ({@code "/"} for all), then disappears. Faults are checked in
 * the order they were added.
 */
public final class Faults {
  /** What a fault does. */
  enum Kind { FAIL, DELAY, DROP, MALFORMED, RESPOND }

  static final class Fault {
    final Kind kind;
    final String pathPrefix;
    final int status;
    final Duration delay;
    final Map<String, String> headers;
    final String body;
    int remaining;

    Fault(Kind kind, String pathPrefix, int count, int status, Duration delay) {
      this(kind, pathPrefix, count, status, delay, Collections.<String, String>emptyMap(), "");
    }

    Fault(Kind kind, String pathPrefix, int count, int status, Duration delay,
        Map<String, String> headers, String body) {
      this.kind = kind;
      this.pathPrefix = pathPrefix;
      this.remaining = count;
      this.status = status;
      this.delay = delay;
      this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      this.body = body;
    }
  }

  private final List<Fault> faults = new ArrayList<>();

  Faults() {
  }

  /** Answers the next {@code count} requests with {@code status} and a Clerk error body. */
  public Faults failNext(int count, int status) {
    return failNext(count, status, "/");
  }

  /** As {@link #failNext(int, int)}, only for paths starting with {@code pathPrefix}. */
  public Faults failNext(int count, int status, String pathPrefix) {
    return add(new Fault(Kind.FAIL, pathPrefix, count, status, null));
  }

  /** Waits {@code delay} before answering the next {@code count} requests normally. */
  public Faults delayNext(int count, Duration delay) {
    return delayNext(count, delay, "/");
  }

  /** As {@link #delayNext(int, Duration)}, only for paths starting with {@code pathPrefix}. */
  public Faults delayNext(int count, Duration delay, String pathPrefix) {
    return add(new Fault(Kind.DELAY, pathPrefix, count, 0, delay));
  }

  /** Closes the connection of the next {@code count} requests without any answer. */
  public Faults dropNext(int count) {
    return add(new Fault(Kind.DROP, "/", count, 0, null));
  }

  /** Answers the next {@code count} requests 200 with a body that is not valid JSON. */
  public Faults malformedNext(int count) {
    return malformedNext(count, "/");
  }

  /** As {@link #malformedNext(int)}, only for paths starting with {@code pathPrefix}. */
  public Faults malformedNext(int count, String pathPrefix) {
    return add(new Fault(Kind.MALFORMED, pathPrefix, count, 0, null));
  }

  /**
   * Answers the next {@code count} requests with exactly this status, headers and UTF-8 body (a
   * Clerk error with {@code meta}, a proxy's HTML page, a {@code cf-ray} or {@code Retry-After}
   * header, ...). Without a {@code Content-Type} header a non-empty body is sent as JSON.
   */
  public Faults respondNext(int count, int status, Map<String, String> headers, String body) {
    return respondNext(count, status, headers, body, "/");
  }

  /** As {@link #respondNext(int, int, Map, String)}, only for paths starting with {@code pathPrefix}. */
  public Faults respondNext(int count, int status, Map<String, String> headers, String body,
      String pathPrefix) {
    return add(new Fault(Kind.RESPOND, pathPrefix, count, status, null, headers, body));
  }

  /** Removes every pending fault. */
  public synchronized Faults clear() {
    faults.clear();
    return this;
  }

  private synchronized Faults add(Fault fault) {
    if (fault.remaining < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    faults.add(fault);
    return this;
  }

  /** Takes the first pending fault matching the path, or null. */
  synchronized Fault take(String path) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault f = it.next();
      if (path.startsWith(f.pathPrefix)) {
        if (--f.remaining == 0) {
          it.remove();
        }
        return f;
      }
    }
    return null;
  }
}
