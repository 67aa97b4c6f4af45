package io.clerkservlet.javax;

import io.clerkservlet.RequestHeaders;
import io.clerkservlet.web.AuthResponse;
import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.FilterDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** What the filter and the authentication module share: a request to the engine, a decision to the servlet API. */
final class ServletExchange {
  private ServletExchange() {
  }

  /** Asks the engine about this request, then sets the decision and its attributes on the request. */
  static FilterDecision decide(ClerkFilterEngine engine, HttpServletRequest req, boolean mandatory) {
    ServletRequestHeaders view = new ServletRequestHeaders(req);
    FilterDecision decision = engine.decide(req.getMethod(), view, req.getQueryString(), view, mandatory);
    req.setAttribute(engine.getDecisionAttribute(), decision);
    decision.forEachAttribute(req::setAttribute);
    return decision;
  }

  /** Adds every value of every header, in order. */
  static void addHeaders(Map<String, List<String>> headers, HttpServletResponse res) {
    if (headers.isEmpty()) {
      return;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String value : e.getValue()) {
        res.addHeader(e.getKey(), value);
      }
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

  /** Writes the engine's answer: status, headers and the JSON body when there is one. */
  static void write(AuthResponse answer, HttpServletResponse res) throws IOException {
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
