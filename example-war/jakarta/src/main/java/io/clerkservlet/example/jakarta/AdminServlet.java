package io.clerkservlet.example.jakarta;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.example.ExampleAnswers;
import io.clerkservlet.example.ExamplePages;
import io.clerkservlet.jakarta.ClerkAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/admin}: 200 for an {@code org:admin} of the active organization, else 403; as JSON,
 * or as a page when the browser asks for HTML.
 */
public final class AdminServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean admin = request.isUserInRole(ExampleAnswers.ADMIN_ROLE);
    if (ExamplePages.wantsHtml(request.getHeader("Accept"))) {
      AuthObject auth = ClerkAuth.get(request);
      byte[] page = ExamplePages.adminPage(admin, auth.getUserId(), auth.getOrgRole())
          .getBytes(StandardCharsets.UTF_8);
      response.setStatus(admin ? 200 : 403);
      response.setContentType("text/html; charset=UTF-8");
      response.setContentLength(page.length);
      response.getOutputStream().write(page);
      return;
    }
    if (admin) {
      JsonResponses.send(response, 200, ExampleAnswers.admin(ClerkAuth.get(request)));
    } else {
      JsonResponses.send(response, 403, ExampleAnswers.forbidden());
    }
  }
}
