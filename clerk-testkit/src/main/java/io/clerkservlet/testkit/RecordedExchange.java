package io.clerkservlet.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One request the fake Clerk received and the answer it gave, for assertions. */
public final class RecordedExchange {
  private final String method;
  private final String path;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> requestHeaders;
  private final byte[] requestBody;
  private final int status;
  private final Map<String, String> responseHeaders;
  private final byte[] responseBody;
  private final boolean injectedFault;

  RecordedExchange(String method, String path, String rawPath, String rawQuery,
      Map<String, List<String>> requestHeaders, byte[] requestBody, int status,
      Map<String, String> responseHeaders, byte[] responseBody, boolean injectedFault) {
    this.method = method;
    this.path = path;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(requestHeaders);
    this.requestHeaders = Collections.unmodifiableMap(headers);
    this.requestBody = requestBody;
    this.status = status;
    TreeMap<String, String> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    answerHeaders.putAll(responseHeaders);
    this.responseHeaders = Collections.unmodifiableMap(answerHeaders);
    this.responseBody = responseBody;
    this.injectedFault = injectedFault;
  }

  /**
   * An exchange made by hand, for testing code that checks recorded exchanges (for example a
   * contract validator). Bodies are UTF-8 text; "" means none. The raw path is {@code path}.
   */
  public static RecordedExchange of(String method, String path, String rawQuery,
      Map<String, List<String>> requestHeaders, String requestBody, int status,
      Map<String, String> responseHeaders, String responseBody, boolean injectedFault) {
    return new RecordedExchange(method, path, path, rawQuery, requestHeaders,
        requestBody.getBytes(StandardCharsets.UTF_8), status, responseHeaders,
        responseBody.getBytes(StandardCharsets.UTF_8), injectedFault);
  }

  /** True when the answer came from {@link Faults} rather than from the fake's routes. */
  public boolean isInjectedFault() {
    return injectedFault;
  }

  /** The request method. */
  public String getMethod() {
    return method;
  }

  /** The decoded request path, for example {@code /m2m_tokens/verify}. */
  public String getPath() {
    return path;
  }

  /** The path as sent, still percent-encoded, for example {@code /v1/users/a%20b}. */
  public String getRawPath() {
    return rawPath;
  }

  /** The raw query string, or null. */
  public String getRawQuery() {
    return rawQuery;
  }

  /** Request headers, case-insensitive. */
  public Map<String, List<String>> getRequestHeaders() {
    return requestHeaders;
  }

  /** The first value of a request header, or null. */
  public String requestHeader(String name) {
    List<String> values = requestHeaders.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The request body as UTF-8 text ("" when none). */
  public String getRequestBody() {
    return new String(requestBody, StandardCharsets.UTF_8);
  }

  /** The answer's status, or 0 when the connection was dropped on purpose. */
  public int getStatus() {
    return status;
  }

  /** The answer's headers, case-insensitive. */
  public Map<String, String> getResponseHeaders() {
    return responseHeaders;
  }

  /** The answer body as UTF-8 text ("" when none). */
  public String getResponseBody() {
    return new String(responseBody, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + status;
  }
}
