package io.clerkservlet.example.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the demo: printed as a ready-to-paste {@code curl} line, and sent once by the demo
 * itself so the answer printed under it is the real one.
 */
final class DemoStep {
  private static final Pattern GREETING = Pattern.compile("<h1 id=\"greeting\">([^<]*)</h1>");

  private final String title;
  private final String method;
  private final String url;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String body;
  private String showHeader;

  private DemoStep(String title, String method, String url) {
    this.title = title;
    this.method = method;
    this.url = url;
  }

  static DemoStep get(String title, String url) {
    return new DemoStep(title, "GET", url);
  }

  static DemoStep post(String title, String url, String body) {
    DemoStep step = new DemoStep(title, "POST", url);
    step.body = body;
    step.headers.put("Content-Type", "application/json");
    return step;
  }

  DemoStep bearer(String token) {
    headers.put("Authorization", "Bearer " + token);
    return this;
  }

  DemoStep header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Shows this response header in the answer (for example {@code WWW-Authenticate}). */
  DemoStep showHeader(String name) {
    showHeader = name;
    headers.put("Accept", "application/json");
    return this;
  }

  /** The step as printed: title, curl line, and the answer the demo got for it. */
  String render(HttpClient http) {
    return "# " + title + "\n" + curl() + "\n  => " + answer(http) + "\n";
  }

  private String curl() {
    StringBuilder out = new StringBuilder("curl -s");
    if (showHeader != null) {
      out.append(" -i");
    } else {
      out.append(" -w '\\nHTTP %{http_code}\\n'");
    }
    if (!"GET".equals(method)) {
      out.append(" -X ").append(method);
    }
    headers.forEach((name, value) -> out.append(" -H '").append(name).append(": ").append(value).append('\''));
    if (body != null) {
      out.append(" -d '").append(body).append('\'');
    }
    return out.append(' ').append(url).toString();
  }

  private String answer(HttpClient http) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return describe(response);
    } catch (Exception e) {
      return "(the demo could not send it: " + e + ")";
    }
  }

  private String describe(HttpResponse<String> response) {
    StringBuilder out = new StringBuilder(String.valueOf(response.statusCode()));
    if (showHeader != null) {
      response.headers().firstValue(showHeader).ifPresent(v -> out.append(", ").append(showHeader).append(": ")
          .append(v));
    }
    Matcher greeting = GREETING.matcher(response.body());
    if (greeting.find()) {
      out.append(", a page saying \"").append(greeting.group(1).trim()).append('"');
    } else if (!response.body().isEmpty()) {
      out.append(showHeader != null ? ", body " : " ").append(response.body());
    }
    return out.toString();
  }
}
