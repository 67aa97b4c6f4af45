package io.clerkservlet.web;

import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.log.OperatorLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * One filter's SEVERE messages on {@value OperatorLog#CONFIG} for configuration errors met at run
 * time, once per episode per reason and token type. An episode starts with the first request
 * answered 500 and ends with the next successful authentication of the same token type (any type
 * for configuration exceptions); while it lasts a reminder is written every
 * {@link #REMINDER_INTERVAL}, counting the requests answered 500 since. However episodes come and go,
 * one key is written at most once per {@link OperatorLog#DEFAULT_INTERVAL}. Thread-safe.
 */
final class ConfigurationLog {
  /** How long an open episode stays silent before it is reported again. */
  static final Duration REMINDER_INTERVAL = Duration.ofHours(1);

  private final OperatorLog log;
  private final Clock clock;
  private final ClerkFilterSettings settings;
  private final ConcurrentMap<String, Episode> episodes = new ConcurrentHashMap<>();

  private static final class Episode {
    final TokenType type;
    final long reportedAt;
    final AtomicLong silenced = new AtomicLong();

    Episode(TokenType type, long reportedAt) {
      this.type = type;
      this.reportedAt = reportedAt;
    }
  }

  ConfigurationLog(ClerkFilterSettings settings, Clock clock) {
    this.log = new OperatorLog(OperatorLog.CONFIG, clock, OperatorLog.DEFAULT_INTERVAL);
    this.clock = clock;
    this.settings = settings;
  }

  /** Writes the start-up WARNING of this filter's settings, if they deserve one. */
  void warnAtStart() {
    String warning = KeyRequirements.warning(settings);
    if (warning != null) {
      log.always(Level.WARNING, warning);
    }
  }

  /** A request answered 500 because of a {@code MISCONFIGURED} state. */
  void misconfigured(RequestState state) {
    String key = state.getTokenType() + " " + state.getReason();
    if (due(key)) {
      report(key, state.getTokenType(), ConfigurationDiagnosis.misconfigured(state, settings));
    }
  }

  /** A request answered 500 because authenticating it threw a configuration exception. */
  void configurationError(RuntimeException e) {
    String key = "exception " + e.getClass().getName();
    if (due(key)) {
      report(key, null, ConfigurationDiagnosis.configurationError(e));
    }
  }

  /** A request of this token type was authenticated: its episodes (and exception ones) end. */
  void authenticated(TokenType type) {
    if (episodes.isEmpty()) {
      return;
    }
    for (Iterator<Map.Entry<String, Episode>> it = episodes.entrySet().iterator(); it.hasNext();) {
      TokenType episodeType = it.next().getValue().type;
      if (episodeType == null || episodeType == type) {
        it.remove();
      }
    }
  }

  /** True when no episode of the key is open or its reminder is due; else counts the silenced request. */
  private boolean due(String key) {
    Episode open = episodes.get(key);
    if (open == null || clock.millis() - open.reportedAt >= REMINDER_INTERVAL.toMillis()) {
      return true;
    }
    open.silenced.incrementAndGet();
    return false;
  }

  private void report(String key, TokenType type, String message) {
    Episode previous = episodes.get(key);
    long silenced = previous == null ? 0 : previous.silenced.get();
    String text = silenced == 0 ? message
        : message + " (still failing: " + silenced + " more requests answered 500 since the last message)";
    if (log.log(Level.SEVERE, key, text)) {
      episodes.put(key, new Episode(type, clock.millis()));
    } else if (previous != null) {
      previous.silenced.incrementAndGet();
    }
  }
}
