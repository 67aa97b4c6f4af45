package io.clerkservlet.example.javax;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /secure/whoami} and {@code /machine/whoami}: protected by {@code <security-constraint>}s in
 * {@code web.xml} only (the container lets through {@code org:admin}s, or machine tokens with the
 * {@code read:orders} scope); answers what the container says about the caller.
 */
public final class SecureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonResponses.send(response, 200, ContainerCaller.describe(request));
  }
}
