package io.clerkservlet.web;

import io.clerkservlet.RequestState;
import io.clerkservlet.auth.AuthObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a filter does with one request: either continue the chain (with the auth object and
 * principal exposed and {@link #getHeaders()} added to the response) or write {@link #getResponse()}.
 */
public final class FilterDecision {
  private final RequestState state;
  private final AuthObject auth;
  private final ClerkPrincipal principal;
  private final AuthResponse response;
  private final Map<String, List<String>> headers;

  FilterDecision(RequestState state, AuthObject auth, ClerkPrincipal principal, AuthResponse response,
      Map<String, List<String>> headers) {
    this.state = state;
    this.auth = auth;
    this.principal = principal;
    this.response = response;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(copy);
  }

  /** True when the chain continues; false when {@link #getResponse()} must be written. */
  public boolean isContinue() {
    return response == null;
  }

  /** The answer to write instead of the servlet's, or null when the chain continues. */
  public AuthResponse getResponse() {
    return response;
  }

  /** The state from {@code authenticateRequest}. */
  public RequestState getRequestState() {
    return state;
  }

  /** The auth object ({@code RequestState.toAuth()}), or null for a handshake. */
  public AuthObject getAuth() {
    return auth;
  }

  /** The principal when authenticated, else null. */
  public ClerkPrincipal getPrincipal() {
    return principal;
  }

  /** Headers to add to the response when the chain continues (cookies, and debug headers when enabled). */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The request attributes to set, by {@link ClerkAttributes} name (null values left out). */
  public Map<String, Object> getAttributes() {
    Map<String, Object> out = new LinkedHashMap<>();
    forEachAttribute(out::put);
    return out;
  }

  /** Hands each request attribute of {@link #getAttributes()} to {@code setter}, without building the map. */
  public void forEachAttribute(BiConsumer<String, Object> setter) {
    if (auth != null) {
      setter.accept(ClerkAttributes.AUTH, auth);
      setter.accept(ClerkAttributes.AUTH_ALIAS, auth);
    }
    setter.accept(ClerkAttributes.REQUEST_STATE, state);
  }

  @Override
  public String toString() {
    return "FilterDecision{" + (response == null ? "continue" : response.toString()) + ", " + state + "}";
  }
}
