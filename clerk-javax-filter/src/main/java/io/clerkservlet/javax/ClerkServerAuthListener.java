package io.clerkservlet.javax;

import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.FilterStartup;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.security.auth.message.config.AuthConfigFactory;
import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

/**
 * Makes Clerk the container's authentication mechanism for this application, in one {@code web.xml}
 * line: {@code <listener><listener-class>io.clerkservlet.javax.ClerkServerAuthListener</listener-class></listener>}.
 * It registers {@link ClerkServerAuthModule} with the container's {@link AuthConfigFactory} (layer
 * {@value #LAYER}, the application context {@code "<virtual server> <context path>"}) and removes the
 * registration when the application stops. The settings have the filter's names, as context-params
 * {@code clerk.<setting>} ({@code clerk.mode}), then {@code clerk.*} system properties, then
 * {@code CLERK_*} environment variables; an unknown {@code clerk.*} context-param stops the application.
 */
public final class ClerkServerAuthListener implements ServletContextListener {
  /** The Servlet Container Profile's message layer. */
  public static final String LAYER = "HttpServlet";

  private static final String DESCRIPTION = "Clerk authentication (io.clerkservlet)";

  private String registrationId;
  private ClerkFilterEngine engine;

  /**
   * Resolves the settings, opens the engine and registers the module.
   *
   * @throws IllegalArgumentException naming the unknown, missing or malformed setting (logged SEVERE on
   *     {@code io.clerkservlet.config}), so the application does not start
   * @throws IllegalStateException when the container has no Jakarta Authentication factory
   */
  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    String appContext = appContext(context);
    AuthConfigFactory factory = AuthConfigFactory.getFactory();
    if (factory == null) {
      throw new IllegalStateException("Clerk authentication of \"" + appContext + "\" cannot start: the container "
          + "has no Jakarta Authentication (JASPIC) AuthConfigFactory; use io.clerkservlet.javax.ClerkAuthFilter");
    }
    ClerkFilterEngine opened = FilterStartup.openFromContextParams(appContext, contextParams(context));
    try {
      registrationId = factory.registerConfigProvider(new ClerkAuthConfigProvider(opened), LAYER, appContext,
          DESCRIPTION);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    engine = opened;
  }

  /** Removes the registration and releases the shared client. */
  @Override
  public void contextDestroyed(ServletContextEvent event) {
    String id = registrationId;
    registrationId = null;
    ClerkFilterEngine current = engine;
    engine = null;
    try {
      AuthConfigFactory factory = id == null ? null : AuthConfigFactory.getFactory();
      if (factory != null) {
        factory.removeRegistration(id);
      }
    } finally {
      if (current != null) {
        current.close();
      }
    }
  }

  /** The Servlet Container Profile's application context identifier: {@code "<virtual server> <context path>"}. */
  static String appContext(ServletContext context) {
    return context.getVirtualServerName() + " " + context.getContextPath();
  }

  private static Map<String, String> contextParams(ServletContext context) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : Collections.list(context.getInitParameterNames())) {
      out.put(name, context.getInitParameter(name));
    }
    return out;
  }
}
