package io.clerkservlet.example.javax;

import io.clerkservlet.example.ExampleJson;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Writes the JSON answers of the example servlets. */
final class JsonResponses {
  private JsonResponses() {
  }

  static void send(HttpServletResponse response, int status, Object body) throws IOException {
    byte[] json = ExampleJson.write(body);
    response.setStatus(status);
    response.setContentType(ExampleJson.CONTENT_TYPE);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
