package io.clerkservlet.example.javax;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Resource;
import javax.annotation.security.DeclareRoles;
import javax.annotation.security.RolesAllowed;
import javax.ejb.Local;
import javax.ejb.SessionContext;
import javax.ejb.Stateless;

/**
 * A business-layer EJB (application servers with an EJB container, such as WildFly; servlet containers
 * such as Tomcat never load it): only {@code org:admin}s may call it, and {@code getCallerPrincipal()} is
 * the Clerk user id.
 */
@Stateless
@Local(Caller.class)
@DeclareRoles({ContainerCaller.ADMIN_ROLE, "org:member"})
public class CallerBean implements Caller {
  @Resource
  private SessionContext context;

  @Override
  @RolesAllowed(ContainerCaller.ADMIN_ROLE)
  public Map<String, Object> whoAmI() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("callerPrincipal", context.getCallerPrincipal().getName());
    out.put("orgAdmin", context.isCallerInRole(ContainerCaller.ADMIN_ROLE));
    out.put("orgMember", context.isCallerInRole("org:member"));
    return out;
  }
}
