package io.clerkservlet.example.javax;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.example.ExampleAnswers;
import io.clerkservlet.example.M2MLoop;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /m2m/call-internal}: creates an M2M token with {@code CLERK_MACHINE_SECRET_KEY}, calls
 * this application's {@code POST /internal/jobs} with it and revokes it ({@link M2MLoop}).
 */
public final class M2MCallServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private transient M2MLoop loop;

  @Override
  public void init() {
    loop = M2MLoop.fromEnvironment();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String self = M2MLoop.selfUrl(request.getScheme(), request.getLocalAddr(), request.getLocalPort(),
        request.getContextPath());
    try {
      JsonResponses.send(response, 200, loop.callInternalJobs(self));
    } catch (IllegalStateException e) {
      JsonResponses.send(response, 500, ExampleAnswers.error("m2m_not_configured", e.getMessage()));
    } catch (ClerkApiException e) {
      JsonResponses.send(response, 502, ExampleAnswers.error("clerk_error", e.getMessage()));
    }
  }

  /** Closes the client, so undeploying leaves no connection behind. */
  @Override
  public void destroy() {
    if (loop != null) {
      loop.close();
      loop = null;
    }
  }
}
