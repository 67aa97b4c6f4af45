package io.clerkservlet.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer the filter writes instead of calling the servlet: status, headers and an optional JSON body. */
public final class AuthResponse {
  /** The JSON body's content type. */
  public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  AuthResponse(int status, Map<String, List<String>> headers, String body) {
    this.status = status;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
  }

  /** 401 (bad or missing token), 500 (our configuration), 503 (Clerk unavailable) or 307 (handshake). */
  public int getStatus() {
    return status;
  }

  /** The headers to set, in order; a name may have several values ({@code Set-Cookie}). */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The JSON body (UTF-8, {@link #JSON_CONTENT_TYPE}), or null for no body. */
  public String getBody() {
    return body;
  }

  @Override
  public String toString() {
    return "AuthResponse{" + status + ", headers=" + headers.keySet() + "}";
  }
}
