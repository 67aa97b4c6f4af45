package io.clerkservlet.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.clerkservlet.testkit.internal.FakeError;
import io.clerkservlet.testkit.internal.FakeJson;
import io.clerkservlet.testkit.internal.FakeRequest;
import io.clerkservlet.testkit.internal.Handler;
import io.clerkservlet.testkit.internal.Reply;
import io.clerkservlet.testkit.internal.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers each HTTP exchange of a {@link FakeClerkBackend}: applies the next matching fault
 * ({@link Faults}), else routes the request to its handler, writes the answer and records the
 * exchange in the {@link ExchangeLog}.
 */
final class FakeHttpHandler implements HttpHandler {
  private final Router router;
  private final Faults faults;
  private final ExchangeLog exchanges;

  FakeHttpHandler(Router router, Faults faults, ExchangeLog exchanges) {
    this.router = router;
    this.faults = faults;
    this.exchanges = exchanges;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] requestBody = readAll(exchange.getRequestBody());
      String path = exchange.getRequestURI().getPath();
      FakeRequest request = FakeRequests.of(exchange, requestBody);
      Faults.Fault fault = faults.take(path);
      Reply reply;
      if (fault != null && fault.kind == Faults.Kind.DROP) {
        exchanges.record(exchange, requestBody, 0, Collections.<String, String>emptyMap(), new byte[0], true);
        return;
      }
      if (fault != null && fault.kind == Faults.Kind.DELAY) {
        sleep(fault.delay.toMillis());
        fault = null;
      }
      if (fault != null && fault.kind == Faults.Kind.HOLD) {
        fault.held.hold();
        fault = null;
      }
      Faults.Fault dribble = fault != null && fault.kind == Faults.Kind.DRIBBLE ? fault : null;
      if (dribble != null) {
        fault = null;
      }
      if (fault != null && fault.kind == Faults.Kind.RESPOND) {
        send(exchange, requestBody, fault.status, fault.headers,
            fault.body.getBytes(StandardCharsets.UTF_8), true, null);
        return;
      }
      if (fault != null && fault.kind == Faults.Kind.MALFORMED) {
        send(exchange, requestBody, 200, Collections.<String, String>emptyMap(),
            "{\"object\": \"broken".getBytes(StandardCharsets.UTF_8), true, null);
        return;
      }
      reply = fault != null ? failure(fault.status) : route(request);
      send(exchange, requestBody, reply.status(), reply.headers(), body(reply), fault != null, dribble);
    } finally {
      exchange.close();
    }
  }

  private Reply route(FakeRequest request) {
    Handler handler = FakeRequests.match(router, request);
    if (handler == null) {
      return Reply.error(404, "resource_not_found", "not found",
          "No route " + request.method() + " " + request.path() + " in the fake Clerk.", null);
    }
    try {
      return handler.handle(request);
    } catch (FakeError e) {
      return e.reply();
    } catch (RuntimeException e) {
      return Reply.error(500, "internal_clerk_error", "internal error",
          "The fake Clerk failed: " + e, null);
    }
  }

  private static Reply failure(int status) {
    Reply reply = Reply.error(status, status == 429 ? "too_many_requests" : "injected_fault",
        "injected fault", "The fake Clerk was told to answer " + status + ".", null);
    if (status == 429 || status == 503) {
      reply.header("Retry-After", "0");
    }
    return reply;
  }

  private static byte[] body(Reply reply) {
    if (reply.body() == null) {
      return new byte[0];
    }
    try {
      return FakeJson.MAPPER.writeValueAsBytes(reply.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void send(HttpExchange exchange, byte[] requestBody, int status,
      Map<String, String> headers, byte[] body, boolean injected, Faults.Fault dribble) throws IOException {
    Headers out = exchange.getResponseHeaders();
    Map<String, String> recorded = new LinkedHashMap<>(headers);
    if (body.length > 0 && !hasContentType(headers)) {
      recorded.put("Content-Type", "application/json");
    }
    for (Map.Entry<String, String> h : recorded.entrySet()) {
      out.set(h.getKey(), h.getValue());
    }
    exchanges.record(exchange, requestBody, status, recorded, body, injected);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        if (dribble == null) {
          os.write(body);
        } else {
          dribble.held.dribble(os, body, dribble.delay);
        }
      }
    }
  }

  private static boolean hasContentType(Map<String, String> headers) {
    for (String name : headers.keySet()) {
      if (name.equalsIgnoreCase("Content-Type")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
