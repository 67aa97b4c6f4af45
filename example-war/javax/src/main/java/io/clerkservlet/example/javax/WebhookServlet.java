package io.clerkservlet.example.javax;

import io.clerkservlet.example.ExampleAnswers;
import io.clerkservlet.webhooks.WebhookEvent;
import io.clerkservlet.webhooks.WebhookVerificationException;
import io.clerkservlet.webhooks.Webhooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code POST /webhooks/clerk}: verifies the Svix signature with {@code CLERK_WEBHOOK_SIGNING_SECRET}
 * and answers 204, or 400 when it does not verify.
 */
public final class WebhookServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 1 << 20;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = readBody(request);
    if (body == null) {
      JsonResponses.send(response, 413, ExampleAnswers.error("too_large", "The body is over 1 MB."));
      return;
    }
    try {
      WebhookEvent event = Webhooks.verify(headers(request), body, System.getenv("CLERK_WEBHOOK_SIGNING_SECRET"));
      log(ExampleAnswers.webhookLogLine(event));
      response.setStatus(204);
    } catch (WebhookVerificationException e) {
      int status = ExampleAnswers.isConfigurationProblem(e) ? 500 : 400;
      JsonResponses.send(response, status, ExampleAnswers.webhookRejected(e));
    }
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      out.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
    }
    return out;
  }

  /** The body, or null when it is larger than {@link #MAX_BODY}. */
  private static byte[] readBody(HttpServletRequest request) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = request.getInputStream()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BODY) {
          return null;
        }
      }
    }
    return out.toByteArray();
  }
}
