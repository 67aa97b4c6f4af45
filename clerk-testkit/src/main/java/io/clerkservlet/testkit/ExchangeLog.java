package io.clerkservlet.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The exchanges a {@link FakeClerkBackend} has answered, oldest first; safe to read while it serves. */
final class ExchangeLog {
  private final List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();

  /** Every exchange so far. */
  List<RecordedExchange> all() {
    return Collections.unmodifiableList(new ArrayList<>(exchanges));
  }

  /** The exchanges with this method whose path is exactly {@code path}. */
  List<RecordedExchange> matching(String method, String path) {
    List<RecordedExchange> out = new ArrayList<>();
    for (RecordedExchange e : exchanges) {
      if (e.getMethod().equals(method) && e.getPath().equals(path)) {
        out.add(e);
      }
    }
    return out;
  }

  void clear() {
    exchanges.clear();
  }

  /** Records an answered (or dropped, status 0) exchange. */
  void record(HttpExchange exchange, byte[] requestBody, int status,
      Map<String, String> headers, byte[] body, boolean injected) {
    exchanges.add(new RecordedExchange(exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        new LinkedHashMap<>(exchange.getRequestHeaders()), requestBody, status, headers, body,
        injected));
  }
}
