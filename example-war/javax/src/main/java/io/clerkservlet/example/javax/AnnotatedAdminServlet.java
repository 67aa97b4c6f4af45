package io.clerkservlet.example.javax;

import java.io.IOException;
import javax.servlet.annotation.HttpConstraint;
import javax.servlet.annotation.ServletSecurity;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /annotated/admin}: protected by its {@code @ServletSecurity} annotation alone. */
@WebServlet("/annotated/admin")
@ServletSecurity(@HttpConstraint(rolesAllowed = ContainerCaller.ADMIN_ROLE))
public final class AnnotatedAdminServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonResponses.send(response, 200, ContainerCaller.describe(request));
  }
}
