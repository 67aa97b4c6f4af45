package io.clerkservlet.web;

import io.clerkservlet.RequestState;
import io.clerkservlet.auth.AuthObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole auth result of a request as a JSON-ready map, in a fixed key order: {@code status},
 * {@code reason}, {@code message}, {@code tokenType}, {@code isAuthenticated}, then every field of
 * the auth object ({@link #AUTH_FIELDS}), nulls included. The raw token is never part of it. The
 * example WAR's {@code GET /api/me} answers exactly this map; its shape is a stable contract.
 */
public final class AuthSummary {
  /** The auth object fields, in the order they appear after {@code isAuthenticated}. */
  public static final List<String> AUTH_FIELDS = Collections.unmodifiableList(Arrays.asList("userId",
      "sessionId", "orgId", "orgRole", "orgSlug", "orgPermissions", "sessionStatus", "factorVerificationAge",
      "actor", "id", "subject", "scopes", "claims", "name", "machineId", "clientId"));

  private AuthSummary() {
  }

  /**
   * The summary of {@code state} with its auth object ({@link RequestState#toAuth()}, as the filters
   * set it): values are strings, booleans, numbers, lists and maps, or null.
   */
  public static Map<String, Object> toMap(RequestState state) {
    if (state == null) {
      throw new IllegalArgumentException("state is required");
    }
    AuthObject auth = state.toAuth();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", state.getStatus().getValue());
    out.put("reason", state.getReason());
    out.put("message", state.getMessage());
    out.put("tokenType", state.getTokenType() == null ? null : state.getTokenType().getValue());
    out.put("isAuthenticated", auth != null && auth.isAuthenticated());
    for (String field : AUTH_FIELDS) {
      out.put(field, auth == null ? null : value(auth, field));
    }
    return out;
  }

  private static Object value(AuthObject auth, String field) {
    switch (field) {
      case "userId": return auth.getUserId();
      case "sessionId": return auth.getSessionId();
      case "orgId": return auth.getOrgId();
      case "orgRole": return auth.getOrgRole();
      case "orgSlug": return auth.getOrgSlug();
      case "orgPermissions": return auth.getOrgPermissions();
      case "sessionStatus": return auth.getSessionStatus();
      case "factorVerificationAge": return auth.getFactorVerificationAge();
      case "actor": return auth.getActor();
      case "id": return auth.getId();
      case "subject": return auth.getSubject();
      case "scopes": return auth.getScopes();
      case "claims": return auth.getClaims();
      case "name": return auth.getName();
      case "machineId": return auth.getMachineId();
      default: return auth.getClientId();
    }
  }
}
