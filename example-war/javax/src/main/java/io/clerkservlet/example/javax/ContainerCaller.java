package io.clerkservlet.example.javax;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.javax.ClerkAuth;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.ServletRequest;
import javax.servlet.ServletRequestWrapper;
import javax.servlet.http.HttpServletRequest;

/**
 * What the container says about the caller of a request protected by container-managed security: its own
 * request (below any filter's wrapper, such as the Clerk filter's), beside what the servlet sees.
 */
final class ContainerCaller {
  /** The role of the declaratively protected area. */
  static final String ADMIN_ROLE = "org:admin";

  private ContainerCaller() {
  }

  /** {@code container} and {@code servlet}: principal, remote user, auth type, two roles; Clerk's ids. */
  static Map<String, Object> describe(HttpServletRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("container", caller(containerRequest(request)));
    out.put("servlet", caller(request));
    AuthObject auth = ClerkAuth.get(request);
    out.put("clerkUserId", auth.getUserId());
    out.put("clerkTokenType", auth.getTokenType() == null ? null : auth.getTokenType().getValue());
    return out;
  }

  private static Map<String, Object> caller(HttpServletRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    Principal principal = request.getUserPrincipal();
    out.put("principal", principal == null ? null : principal.getName());
    out.put("remoteUser", request.getRemoteUser());
    out.put("authType", request.getAuthType());
    out.put("orgAdmin", request.isUserInRole(ADMIN_ROLE));
    out.put("orgMember", request.isUserInRole("org:member"));
    return out;
  }

  private static HttpServletRequest containerRequest(HttpServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper) {
      current = ((ServletRequestWrapper) current).getRequest();
    }
    return (HttpServletRequest) current;
  }
}
