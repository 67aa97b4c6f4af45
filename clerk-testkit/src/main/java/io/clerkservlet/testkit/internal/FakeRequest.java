package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One request to the fake, as handlers see it. */
public final class FakeRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private Map<String, String> pathParams = Collections.emptyMap();

  FakeRequest(String method, String path, Map<String, List<String>> query,
      Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  void pathParams(Map<String, String> params) {
    this.pathParams = params;
  }

  /** GET, POST, ... */
  public String method() {
    return method;
  }

  /** The decoded path, for example {@code /v1/machines/mch_1}. */
  public String path() {
    return path;
  }

  /** A path parameter named in the route, for example {@code machine_id}. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The first value of a query parameter, or null. */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a query parameter (a repeated key), in order; empty when absent. */
  public List<String> queryAll(String name) {
    List<String> values = query.get(name);
    return values == null ? Collections.<String>emptyList() : Collections.unmodifiableList(values);
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** The bearer token of the Authorization header, or null. */
  public String bearer() {
    String auth = header("Authorization");
    return auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
  }

  /** The raw body. */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The JSON object body, checking that it has only the allowed fields (422
   * {@code form_param_unknown} on an unknown field, as the classic endpoints document). An empty
   * body is an empty object.
   */
  public ObjectNode jsonBody(String... allowedFields) {
    return jsonBody(422, allowedFields);
  }

  /**
   * As {@link #jsonBody(String...)}, answering {@code unknownFieldStatus} to an unknown field: the
   * machine-auth endpoints (M2M tokens, API keys) document 400 rather than 422.
   */
  public ObjectNode jsonBody(int unknownFieldStatus, String... allowedFields) {
    JsonNode node;
    try {
      node = body.length == 0 ? FakeJson.MAPPER.createObjectNode() : FakeJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new FakeError(Reply.error(400, "malformed_request_body", "malformed request body",
          "The request body is not valid JSON.", null));
    }
    if (node == null || !node.isObject()) {
      throw new FakeError(Reply.error(400, "malformed_request_body", "malformed request body",
          "The request body must be a JSON object.", null));
    }
    Set<String> allowed = new HashSet<>(Arrays.asList(allowedFields));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new FakeError(Reply.paramError(unknownFieldStatus, "form_param_unknown", name,
            "is unknown", name + " is not a valid parameter for this request."));
      }
    }
    return (ObjectNode) node;
  }
}
