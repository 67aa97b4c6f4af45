package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches method and path against routes like {@code /v1/machines/{machine_id}}. */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  /** Adds a route. */
  public Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern.split("/"), handler));
    return this;
  }

  /** Adds a route under both {@code /v1} and the bare path (the machine-token endpoints). */
  public Router addWithAndWithoutVersion(String method, String pattern, Handler handler) {
    add(method, pattern, handler);
    return add(method, "/v1" + pattern, handler);
  }

  /** Finds the handler, filling the request's path parameters; null when nothing matches. */
  Handler match(FakeRequest request) {
    String[] segments = request.path().split("/");
    boolean pathMatched = false;
    for (Route route : routes) {
      Map<String, String> params = route.match(segments);
      if (params != null) {
        pathMatched = true;
        if (route.method.equals(request.method())) {
          request.pathParams(params);
          return route.handler;
        }
      }
    }
    return pathMatched ? METHOD_NOT_ALLOWED : null;
  }

  static final Handler METHOD_NOT_ALLOWED = r -> Reply.error(405, "method_not_allowed",
      "method not allowed", "This method is not allowed on this path.", null);

  private static final class Route {
    final String method;
    final String[] segments;
    final Handler handler;

    Route(String method, String[] segments, Handler handler) {
      this.method = method;
      this.segments = segments;
      this.handler = handler;
    }

    Map<String, String> match(String[] path) {
      if (path.length != segments.length) {
        return null;
      }
      Map<String, String> params = new HashMap<>();
      for (int i = 0; i < path.length; i++) {
        String s = segments[i];
        if (s.startsWith("{") && s.endsWith("}")) {
          if (path[i].isEmpty()) {
            return null;
          }
          params.put(s.substring(1, s.length() - 1), path[i]);
        } else if (!s.equals(path[i])) {
          return null;
        }
      }
      return params;
    }
  }
}
