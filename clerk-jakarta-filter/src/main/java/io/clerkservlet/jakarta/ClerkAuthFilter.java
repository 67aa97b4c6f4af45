package io.clerkservlet.jakarta;

import io.clerkservlet.RequestHeaders;
import io.clerkservlet.web.AuthResponse;
import io.clerkservlet.web.ClerkAttributes;
import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.FilterDecision;
import io.clerkservlet.web.FilterStartup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates every request with Clerk (Jakarta Servlet 5.0+, Java 11). Declare it in {@code web.xml}
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
      ServletRequestHeaders view = new ServletRequestHeaders(req);
      decision = current.decide(req.getMethod(), view, req.getQueryString(), view);
      req.setAttribute(current.getDecisionAttribute(), decision);
      setAttributes(decision, req);
      if (!decision.isContinue()) {
        write(decision.getResponse(), res);
        return;
      }
      addHeaders(decision.getHeaders(), res);
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

  /** The request's headers read in place by the engine, and its {@code getRequestURL()} when needed. */
  private static final class ServletRequestHeaders implements RequestHeaders, Supplier<String> {
    private final HttpServletRequest req;

    ServletRequestHeaders(HttpServletRequest req) {
      this.req = req;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return req.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return req.getHeaderNames();
    }

    @Override
    public String get() {
      return req.getRequestURL().toString();
    }
  }

  private static void setAttributes(FilterDecision decision, HttpServletRequest req) {
    if (decision.getAuth() != null) {
      req.setAttribute(ClerkAttributes.AUTH, decision.getAuth());
      req.setAttribute(ClerkAttributes.AUTH_ALIAS, decision.getAuth());
    }
    req.setAttribute(ClerkAttributes.REQUEST_STATE, decision.getRequestState());
  }

  private static void addHeaders(Map<String, List<String>> headers, HttpServletResponse res) {
    if (headers.isEmpty()) {
      return;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String value : e.getValue()) {
        res.addHeader(e.getKey(), value);
      }
    }
  }

  private static void write(AuthResponse answer, HttpServletResponse res) throws IOException {
    res.setStatus(answer.getStatus());
    addHeaders(answer.getHeaders(), res);
    if (answer.getBody() == null) {
      res.setContentLength(0);
      return;
    }
    byte[] body = answer.getBody().getBytes(StandardCharsets.UTF_8);
    res.setContentType(AuthResponse.JSON_CONTENT_TYPE);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
