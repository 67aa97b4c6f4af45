package io.clerkservlet.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A response of the fake: status, JSON body (maps and lists) and extra headers. */
public final class Reply {
  private final int status;
  private final Object body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int status, Object body) {
    this.status = status;
    this.body = body;
  }

  /** A JSON answer. */
  public static Reply json(int status, Object body) {
    return new Reply(status, body);
  }

  /** 200 with a JSON body. */
  public static Reply ok(Object body) {
    return new Reply(200, body);
  }

  /** 204 with no body. */
  public static Reply noContent() {
    return new Reply(204, null);
  }

  /** A Clerk error body: {@code {errors:[{message,long_message,code,meta}], clerk_trace_id}}. */
  public static Reply error(int status, String code, String message, String longMessage,
      Map<String, Object> meta) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("long_message", longMessage);
    error.put("code", code);
    if (meta != null) {
      error.put("meta", meta);
    }
    List<Object> errors = new ArrayList<>();
    errors.add(error);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", errors);
    body.put("clerk_trace_id", UUID.randomUUID().toString().replace("-", ""));
    return new Reply(status, body);
  }

  /** A Clerk error naming a request parameter in {@code meta.param_name}. */
  public static Reply paramError(int status, String code, String param, String message,
      String longMessage) {
    return error(status, code, message, longMessage,
        Collections.<String, Object>singletonMap("param_name", param));
  }

  /** Adds a header. */
  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The status. */
  public int status() {
    return status;
  }

  /** The body (maps/lists), or null. */
  public Object body() {
    return body;
  }

  /** Extra headers. */
  public Map<String, String> headers() {
    return headers;
  }
}
