package io.clerkservlet.testkit.internal;

import java.util.List;
import java.util.Map;

/** Lets the public fake create requests and route them without widening their API. */
public final class RequestAccess {
  private RequestAccess() {
  }

  /** Creates a request. */
  public static FakeRequest create(String method, String path, Map<String, List<String>> query,
      Map<String, List<String>> headers, byte[] body) {
    return new FakeRequest(method, path, query, headers, body);
  }

  /** Routes a request. */
  public static Handler match(Router router, FakeRequest request) {
    return router.match(request);
  }
}
