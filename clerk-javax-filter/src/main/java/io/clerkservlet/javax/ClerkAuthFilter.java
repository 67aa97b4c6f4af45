package io.clerkservlet.javax;

import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.FilterDecision;
import io.clerkservlet.web.FilterStartup;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Authenticates every request with Clerk (Servlet 3.1+, Java 8). Declare it in {@code web.xml}
 * (settings from init-params, {@code clerk.*} system properties or {@code CLERK_*} environment
 * variables) or register an instance built with {@link #ClerkAuthFilter(ClerkFilterSettings)}.
 * The auth object is then available from {@link ClerkAuth#get(ServletRequest)}, the request's
 * {@code getUserPrincipal()} and {@code isUserInRole(...)}. Every decision is made by clerk-core's
 * {@link ClerkFilterEngine}; this class only adapts the servlet API.
 */
public final class ClerkAuthFilter implements Filter {
  private final ClerkFilterSettings configured;
  private volatile ClerkFilterEngine engine;

  /** For {@code web.xml}: the settings are resolved in {@link #init(FilterConfig)}. */
  public ClerkAuthFilter() {
    this.configured = null;
  }

  /**
   * For programmatic registration ({@code ServletContext.addFilter}, Spring's {@code FilterRegistrationBean}):
   * exactly these settings; init-params, {@code clerk.*} system properties and {@code CLERK_*} environment
   * variables are ignored.
   */
  public ClerkAuthFilter(ClerkFilterSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    this.configured = settings;
  }

  /**
   * Resolves the settings and opens the shared client.
   *
   * @throws ServletException naming the unknown, missing or malformed setting in one line (also logged
   *     SEVERE on {@code io.clerkservlet.config}), so the application does not start
   */
  @Override
  public void init(FilterConfig config) throws ServletException {
    try {
      engine = FilterStartup.open(config.getFilterName(), configured, initParams(config));
    } catch (IllegalArgumentException e) {
      ServletException failure = new ServletException(e.getMessage());
      failure.setStackTrace(new StackTraceElement[0]);
      throw failure;
    }
  }

  private static Map<String, String> initParams(FilterConfig config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : Collections.list(config.getInitParameterNames())) {
      out.put(name, config.getInitParameter(name));
    }
    return out;
  }

  /** Authenticates (once per request and filter), then continues with a wrapped request or answers 401/500/503/307. */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ClerkFilterEngine current = engine;
    if (current == null) {
      throw new ServletException("ClerkAuthFilter is not initialized");
    }
    if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    FilterDecision decision = (FilterDecision) req.getAttribute(current.getDecisionAttribute());
    if (decision == null) {
      decision = ServletExchange.decide(current, req, false);
      if (!decision.isContinue()) {
        ServletExchange.write(decision.getResponse(), res);
        return;
      }
      ServletExchange.addHeaders(decision.getHeaders(), res);
    }
    chain.doFilter(new ClerkRequestWrapper(req, decision.getPrincipal()), response);
  }

  /** Releases the shared client; the last filter using it closes it. */
  @Override
  public void destroy() {
    ClerkFilterEngine current = engine;
    engine = null;
    if (current != null) {
      current.close();
    }
  }
}
