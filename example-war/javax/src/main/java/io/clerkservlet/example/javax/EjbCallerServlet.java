package io.clerkservlet.example.javax;

import java.io.IOException;
import java.util.Collections;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /secure/ejb}: calls {@link CallerBean}, found by its portable JNDI name, so that the WAR also
 * deploys where there is no EJB container (there: 501).
 */
public final class EjbCallerServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String CALLER_JNDI = "java:module/CallerBean!" + Caller.class.getName();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Caller caller;
    try {
      caller = (Caller) new InitialContext().lookup(CALLER_JNDI);
    } catch (NamingException e) {
      JsonResponses.send(response, 501, Collections.singletonMap("error", "no_ejb_container"));
      return;
    }
    JsonResponses.send(response, 200, caller.whoAmI());
  }
}
