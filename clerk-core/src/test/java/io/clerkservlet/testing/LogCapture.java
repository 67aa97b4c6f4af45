package io.clerkservlet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Records what one java.util.logging logger writes, while open. */
public final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    logger.addHandler(this);
  }

  /** Starts recording the named logger. */
  public static LogCapture of(String loggerName) {
    return new LogCapture(loggerName);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  /** The messages recorded at exactly this level. */
  public synchronized List<String> messages(Level level) {
    return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage)
        .collect(Collectors.toList());
  }

  /** Every message recorded. */
  public synchronized List<String> messages() {
    return records.stream().map(LogRecord::getMessage).collect(Collectors.toList());
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
