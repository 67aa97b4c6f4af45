package io.clerkservlet.web;

import io.clerkservlet.internal.log.OperatorLog;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a Clerk servlet filter starts, for the javax and jakarta adapters: checks the init-param
 * names (an unknown one fails, naming the closest valid name), warns on {@code io.clerkservlet.config}
 * about {@code clerk.*} system properties that are no setting, resolves the settings and opens the
 * engine. A failure is logged as one SEVERE line and thrown as one line, cause first.
 */
public final class FilterStartup {
  private static final Logger CONFIG = Logger.getLogger(OperatorLog.CONFIG);

  private FilterStartup() {
  }

  /**
   * Opens the engine of one filter declaration: {@code programmatic} settings when given (the
   * init-params are then ignored), else the settings resolved from {@code initParams}, system
   * properties and environment variables.
   *
   * @throws IllegalArgumentException {@code Clerk filter "<name>" cannot start: <cause>}, already logged
   */
  public static ClerkFilterEngine open(String filterName, ClerkFilterSettings programmatic,
      Map<String, String> initParams) {
    Properties properties = System.getProperties();
    return open(filterName, programmatic, initParams, properties.stringPropertyNames(), properties::getProperty,
        System::getenv, ClerkClients.shared());
  }

  static ClerkFilterEngine open(String filterName, ClerkFilterSettings programmatic, Map<String, String> initParams,
      Collection<String> propertyNames, Function<String, String> properties, Function<String, String> environment,
      ClerkClients clients) {
    try {
      ClerkFilterSettings settings = programmatic;
      if (settings == null) {
        SettingNames.checkInitParams(initParams.keySet());
        for (String warning : SettingNames.unknownPropertyWarnings(propertyNames)) {
          CONFIG.log(Level.WARNING, warning);
        }
        settings = ClerkFilterSettings.resolve(initParams::get, properties, environment);
      }
      return ClerkFilterEngine.open(settings, clients);
    } catch (IllegalArgumentException e) {
      String message = "Clerk filter \"" + filterName + "\" cannot start: " + e.getMessage();
      CONFIG.log(Level.SEVERE, message);
      IllegalArgumentException failure = new IllegalArgumentException(message);
      failure.setStackTrace(new StackTraceElement[0]);
      throw failure;
    }
  }
}
