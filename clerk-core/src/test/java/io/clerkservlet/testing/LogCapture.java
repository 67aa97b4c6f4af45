package io.clerkservlet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures the records of one {@code java.util.logging} logger (and its children) until closed:
 * {@code try (LogCapture log = LogCapture.of("io.clerkservlet.config")) { ... log.messages(Level.SEVERE) }}.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Starts capturing the named logger. */
  public static LogCapture of(String loggerName) {
    return new LogCapture(loggerName);
  }

  /** The formatted messages of the records at exactly this level, in order. */
  public List<String> messages(Level level) {
    List<String> out = new ArrayList<>();
    for (LogRecord r : records) {
      if (r.getLevel().equals(level)) {
        out.add(r.getMessage());
      }
    }
    return out;
  }

  /** Every message so far, in order. */
  public List<String> messages() {
    List<String> out = new ArrayList<>();
    for (LogRecord r : records) {
      out.add(r.getMessage());
    }
    return out;
  }

  /** Every record so far. */
  public List<LogRecord> records() {
    return new ArrayList<>(records);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
