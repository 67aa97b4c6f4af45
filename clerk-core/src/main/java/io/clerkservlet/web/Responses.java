package io.clerkservlet.web;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestState;
import io.clerkservlet.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the 401, 500, 503 and 307 answers, and picks the response headers of a state. */
final class Responses {
  /** The reason of a request whose authentication threw a configuration exception. */
  static final String REASON_CONFIGURATION_ERROR = "configuration-error";
  static final String WWW_AUTHENTICATE = "WWW-Authenticate";
  static final String RETRY_AFTER = "Retry-After";
  /** Seconds a client should wait before retrying when Clerk was unreachable. */
  static final String RETRY_AFTER_SECONDS = "5";

  private Responses() {
  }

  /** The state's headers, without the {@code x-clerk-auth-*} debug headers unless {@code debug}. */
  static Map<String, List<String>> stateHeaders(RequestState state, boolean debug) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : state.getHeaders().entrySet()) {
      if (debug || !e.getKey().toLowerCase(Locale.ROOT).startsWith("x-clerk-auth-")) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  static AuthResponse handshake(Map<String, List<String>> headers) {
    return new AuthResponse(307, headers, null);
  }

  /** The answer to a request that is not authenticated: 401, 500 or 503 by its failure category. */
  static AuthResponse refusal(ClerkRequest request, RequestState state, Map<String, List<String>> headers) {
    FailureCategory category = state.getFailureCategory();
    if (category == FailureCategory.SERVICE_UNAVAILABLE) {
      return unavailable(request, state, headers);
    }
    if (category == FailureCategory.MISCONFIGURED) {
      return misconfigured(request, state, headers);
    }
    return unauthorized(request, state, headers);
  }

  static AuthResponse unauthorized(ClerkRequest request, RequestState state, Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>(headers);
    out.put(WWW_AUTHENTICATE, Collections.singletonList(challenge(tokenSent(request), state.getReason())));
    return new AuthResponse(401, out, body(request, "unauthorized", state.getReason()));
  }

  static AuthResponse unavailable(ClerkRequest request, RequestState state, Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>(headers);
    out.put(RETRY_AFTER, Collections.singletonList(RETRY_AFTER_SECONDS));
    return new AuthResponse(503, out, body(request, "service_unavailable", state.getReason()));
  }

  /** 500 without {@code Retry-After}: retrying cannot help until the configuration is fixed. */
  static AuthResponse misconfigured(ClerkRequest request, RequestState state, Map<String, List<String>> headers) {
    return new AuthResponse(500, headers, body(request, "server_misconfigured", state.getReason()));
  }

  /**
   * RFC 6750 §3: {@code Bearer} alone when no credentials were sent, else
   * {@code Bearer error="invalid_token", error_description="<reason>"}.
   */
  static String challenge(boolean tokenSent, String reason) {
    if (!tokenSent) {
      return "Bearer";
    }
    String description = reason == null ? "" : safe(reason);
    return description.isEmpty() ? "Bearer error=\"invalid_token\""
        : "Bearer error=\"invalid_token\", error_description=\"" + description + "\"";
  }

  static boolean tokenSent(ClerkRequest request) {
    String authorization = request.getHeader("authorization");
    return authorization != null && !authorization.trim().isEmpty();
  }

  /** True when the Accept header names a JSON media type ({@code application/json} or {@code +json}). */
  static boolean acceptsJson(ClerkRequest request) {
    String accept = request.getHeader("accept");
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return a.contains("application/json") || a.contains("+json");
  }

  private static String body(ClerkRequest request, String error, String reason) {
    if (!acceptsJson(request)) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    if (reason != null) {
      body.put("reason", reason);
    }
    return new String(Json.write(body), StandardCharsets.UTF_8);
  }

  /** Keeps the characters an RFC 6750 error_description may carry (printable ASCII but " and \). */
  private static String safe(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
