package io.clerkservlet.example.javax;

import io.clerkservlet.javax.ClerkAuth;
import io.clerkservlet.web.AuthSummary;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /api/me}: the whole auth result of the request as JSON ({@link AuthSummary}). */
public final class MeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonResponses.send(response, 200, AuthSummary.toMap(ClerkAuth.getRequestState(request)));
  }
}
