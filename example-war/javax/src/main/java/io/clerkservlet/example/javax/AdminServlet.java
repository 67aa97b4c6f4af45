package io.clerkservlet.example.javax;

import io.clerkservlet.example.ExampleAnswers;
import io.clerkservlet.javax.ClerkAuth;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /api/admin}: 200 for an {@code org:admin} of the active organization, else 403. */
public final class AdminServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.isUserInRole(ExampleAnswers.ADMIN_ROLE)) {
      JsonResponses.send(response, 200, ExampleAnswers.admin(ClerkAuth.get(request)));
    } else {
      JsonResponses.send(response, 403, ExampleAnswers.forbidden());
    }
  }
}
