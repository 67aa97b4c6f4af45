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
 * path starts with the given prefix ({@code "/"} for all), then disappears; a count of
 * {@link #ALWAYS} keeps it until {@link #clear()}. Faults are checked in the order they were added.
 * Held and dribbled requests each keep one of the fake's threads (a cached pool), so they never
 * delay requests to other paths.
 */
public final class Faults {
  /** A count that never runs out: the fault stays until {@link #clear()} (or its handle's release). */
  public static final int ALWAYS = Integer.MAX_VALUE;

  /** What a fault does. */
  enum Kind { FAIL, DELAY, DROP, MALFORMED, RESPOND, HOLD, DRIBBLE }

  static final class Fault {
    final Kind kind;
    final String pathPrefix;
    final int status;
    final Duration delay;
    final Map<String, String> headers;
    final String body;
    final HeldRequests held;
    int remaining;

    Fault(Kind kind, String pathPrefix, int count, int status, Duration delay) {
      this(kind, pathPrefix, count, status, delay, Collections.<String, String>emptyMap(), "");
    }

    Fault(Kind kind, String pathPrefix, int count, int status, Duration delay,
        Map<String, String> headers, String body) {
      this(kind, pathPrefix, count, status, delay, headers, body, null);
    }

    Fault(Kind kind, String pathPrefix, int count, int status, Duration delay,
        Map<String, String> headers, String body, HeldRequests held) {
      this.kind = kind;
      this.pathPrefix = pathPrefix;
      this.remaining = count;
      this.status = status;
      this.delay = delay;
      this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      this.body = body;
      this.held = held;
    }
  }

  private static final String RATE_LIMITED_BODY = "{\"errors\":[{\"code\":\"too_many_requests\","
      + "\"message\":\"Too many requests\",\"long_message\":\"Too many requests, please retry later.\"}]}";

  private final List<Fault> faults = new ArrayList<>();
  private final List<HeldRequests> handles = new ArrayList<>();

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

  /**
   * Answers the next {@code count} requests 429 {@code too_many_requests} with
   * {@code Retry-After} in whole seconds, as Clerk's rate limiter does.
   */
  public Faults rateLimitNext(int count, Duration retryAfter, String pathPrefix) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Retry-After", String.valueOf(retryAfter.getSeconds()));
    return respondNext(count, 429, headers, RATE_LIMITED_BODY, pathPrefix);
  }

  /**
   * Holds the next {@code count} requests for paths starting with {@code pathPrefix}: each waits
   * in the fake, unanswered, until {@link HeldRequests#release()} (or {@link #clear()}), then gets
   * its normal answer. A held request is in {@link FakeClerkBackend#exchanges()} only once answered.
   */
  public HeldRequests holdNext(int count, String pathPrefix) {
    HeldRequests held = handle();
    add(new Fault(Kind.HOLD, pathPrefix, count, 0, null, Collections.<String, String>emptyMap(), "", held));
    return held;
  }

  /**
   * Answers the next {@code count} requests for paths starting with {@code pathPrefix} normally,
   * but sends the body one byte per {@code interval} after prompt headers (a slow-loris server: a
   * read timeout between bytes never fires). A dribble ends when the client goes away, or sends
   * the rest at once on {@link HeldRequests#release()} (or {@link #clear()}).
   */
  public HeldRequests dribbleNext(int count, Duration interval, String pathPrefix) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    HeldRequests held = handle();
    add(new Fault(Kind.DRIBBLE, pathPrefix, count, 0, interval, Collections.<String, String>emptyMap(), "",
        held));
    return held;
  }

  /** Removes every pending fault and lets every held or dribbled request finish. */
  public Faults clear() {
    List<HeldRequests> open;
    synchronized (this) {
      faults.clear();
      open = new ArrayList<>(handles);
    }
    for (HeldRequests held : open) {
      held.release();
    }
    return this;
  }

  private synchronized HeldRequests handle() {
    HeldRequests held = new HeldRequests(this);
    handles.add(held);
    return held;
  }

  /** Forgets a released handle and removes its fault, if still pending. */
  synchronized void remove(HeldRequests held) {
    handles.remove(held);
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      if (it.next().held == held) {
        it.remove();
      }
    }
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
