package io.clerkservlet.testkit;

import com.sun.net.httpserver.HttpExchange;
import io.clerkservlet.testkit.internal.FakeRequest;
import io.clerkservlet.testkit.internal.Handler;
import io.clerkservlet.testkit.internal.QueryStrings;
import io.clerkservlet.testkit.internal.RequestAccess;
import io.clerkservlet.testkit.internal.Router;
import java.util.List;
import java.util.Map;

/** Bridges the JDK server's exchanges to the internal request type. */
final class FakeRequests {
  private FakeRequests() {
  }

  static FakeRequest of(HttpExchange exchange, byte[] body) {
    Map<String, List<String>> query = QueryStrings.parse(
        exchange.getRequestURI().getRawQuery());
    return RequestAccess.create(exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(), query, exchange.getRequestHeaders(), body);
  }

  static Handler match(Router router, FakeRequest request) {
    return RequestAccess.match(router, request);
  }
}
