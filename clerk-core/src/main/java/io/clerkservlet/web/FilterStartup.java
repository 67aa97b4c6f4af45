package io.clerkservlet.web;

import io.clerkservlet.internal.log.OperatorLog;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a Clerk servlet filter (or an application's container-managed security) starts, for the javax and
 * jakarta adapters: checks the init-param or {@code clerk.*} context-param names (an unknown one fails,
 * naming the closest valid name), warns on {@code io.clerkservlet.config}
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
        settings = resolve(initParams, propertyNames, properties, environment);
      }
      return ClerkFilterEngine.open(settings, clients);
    } catch (IllegalArgumentException e) {
      throw failure("Clerk filter \"" + filterName + "\"", e);
    }
  }

  /**
   * Opens the engine of an application's container-managed security (the Jakarta Authentication
   * module's registration): the settings from the context-params named {@code clerk.<setting>}
   * ({@code clerk.secretKey}; other context-params are left alone, an unknown {@code clerk.*} one fails
   * naming the closest valid name), then system properties and environment variables.
   *
   * @throws IllegalArgumentException {@code Clerk authentication of "<application>" cannot start: <cause>},
   *     already logged
   */
  public static ClerkFilterEngine openFromContextParams(String application, Map<String, String> contextParams) {
    Properties properties = System.getProperties();
    return openFromContextParams(application, contextParams, properties.stringPropertyNames(),
        properties::getProperty, System::getenv, ClerkClients.shared());
  }

  static ClerkFilterEngine openFromContextParams(String application, Map<String, String> contextParams,
      Collection<String> propertyNames, Function<String, String> properties, Function<String, String> environment,
      ClerkClients clients) {
    try {
      Map<String, String> settingParams = SettingNames.contextParamSettings(contextParams);
      return ClerkFilterEngine.open(resolve(settingParams, propertyNames, properties, environment), clients);
    } catch (IllegalArgumentException e) {
      throw failure("Clerk authentication of \"" + application + "\"", e);
    }
  }

  private static ClerkFilterSettings resolve(Map<String, String> params, Collection<String> propertyNames,
      Function<String, String> properties, Function<String, String> environment) {
    for (String warning : SettingNames.unknownPropertyWarnings(propertyNames)) {
      CONFIG.log(Level.WARNING, warning);
    }
    return ClerkFilterSettings.resolve(params::get, properties, environment);
  }

  private static IllegalArgumentException failure(String who, IllegalArgumentException cause) {
    String message = who + " cannot start: " + cause.getMessage();
    CONFIG.log(Level.SEVERE, message);
    IllegalArgumentException failure = new IllegalArgumentException(message);
    failure.setStackTrace(new StackTraceElement[0]);
    return failure;
  }
}
