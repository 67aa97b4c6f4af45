package io.clerkservlet.javax;

import io.clerkservlet.web.ClerkPrincipal;
import java.security.Principal;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/** Exposes the Clerk principal; without one, the container's own authentication answers. */
final class ClerkRequestWrapper extends HttpServletRequestWrapper {
  private final ClerkPrincipal principal;

  ClerkRequestWrapper(HttpServletRequest request, ClerkPrincipal principal) {
    super(request);
    this.principal = principal;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal != null ? principal : super.getUserPrincipal();
  }

  @Override
  public String getRemoteUser() {
    return principal != null ? principal.getName() : super.getRemoteUser();
  }

  @Override
  public String getAuthType() {
    return principal != null ? ClerkPrincipal.AUTH_TYPE : super.getAuthType();
  }

  @Override
  public boolean isUserInRole(String role) {
    return principal != null ? principal.isUserInRole(role) : super.isUserInRole(role);
  }
}
