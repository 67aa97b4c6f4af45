package io.clerkservlet.javax;

import io.clerkservlet.web.AuthResponse;
import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.FilterDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** What the filter and the authentication module share: a request to the engine, a decision to the servlet API. */
final class ServletExchange {
  private ServletExchange() {
  }

  /** Asks the engine about this request, then sets the decision and its attributes on the request. */
  static FilterDecision decide(ClerkFilterEngine engine, HttpServletRequest req, boolean mandatory) {
    FilterDecision decision = engine.decide(req.getMethod(), req.getRequestURL().toString(), req.getQueryString(),
        headers(req), mandatory);
    req.setAttribute(engine.getDecisionAttribute(), decision);
    for (Map.Entry<String, Object> e : decision.getAttributes().entrySet()) {
      req.setAttribute(e.getKey(), e.getValue());
    }
    return decision;
  }

  private static Map<String, List<String>> headers(HttpServletRequest req) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      out.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
    }
    return out;
  }

  /** Adds every value of every header, in order. */
  static void addHeaders(Map<String, List<String>> headers, HttpServletResponse res) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String value : e.getValue()) {
        res.addHeader(e.getKey(), value);
      }
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
