package io.clerkservlet.example.jakarta;

import io.clerkservlet.example.ExampleAnswers;
import io.clerkservlet.jakarta.ClerkAuth;
import java.io.IOException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code POST /internal/jobs}: machines only (the filter accepts M2M tokens and API keys here). */
public final class InternalJobsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonResponses.send(response, 200, ExampleAnswers.jobAccepted(ClerkAuth.get(request)));
  }
}
