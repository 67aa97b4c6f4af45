package io.clerkservlet.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Backend API call: method, path below the API URL, query, JSON body and bearer key.
 * Built with {@link #get(String)}, {@link #post(String)} and friends.
 */
public final class BapiRequest {
  /** HTTP methods the Backend API uses. */
  public enum Method { GET, POST, PATCH, PUT, DELETE }

  final Method method;
  final boolean versioned;
  final StringBuilder path = new StringBuilder();
  private final StringBuilder logPath = new StringBuilder();
  final List<String[]> query = new ArrayList<>();
  Object body;
  String bearer;

  private BapiRequest(Method method, boolean versioned, String firstSegment) {
    this.method = method;
    this.versioned = versioned;
    path(firstSegment);
  }

  /** A GET below {@code {apiUrl}/{apiVersion}}. */
  public static BapiRequest get(String segment) {
    return new BapiRequest(Method.GET, true, segment);
  }

  /** A POST below {@code {apiUrl}/{apiVersion}}. */
  public static BapiRequest post(String segment) {
    return new BapiRequest(Method.POST, true, segment);
  }

  /** A PATCH below {@code {apiUrl}/{apiVersion}}. */
  public static BapiRequest patch(String segment) {
    return new BapiRequest(Method.PATCH, true, segment);
  }

  /** A PUT below {@code {apiUrl}/{apiVersion}}. */
  public static BapiRequest put(String segment) {
    return new BapiRequest(Method.PUT, true, segment);
  }

  /** A DELETE below {@code {apiUrl}/{apiVersion}}. */
  public static BapiRequest delete(String segment) {
    return new BapiRequest(Method.DELETE, true, segment);
  }

  /** A call directly below {@code {apiUrl}}, with no version segment (M2M, API keys, OAuth verify). */
  public static BapiRequest unversioned(Method method, String segment) {
    return new BapiRequest(method, false, segment);
  }

  /** Appends a fixed path segment written by us (never user input). */
  public BapiRequest path(String literal) {
    path.append('/').append(literal);
    logPath.append('/').append(literal);
    return this;
  }

  /** Appends a resource id, guarded against traversal and percent-encoded. */
  public BapiRequest id(String id) {
    path.append('/').append(PathGuard.segment(id));
    logPath.append("/{id}");
    return this;
  }

  /** Adds a query parameter unless the value is null; a collection becomes a repeated key. */
  public BapiRequest query(String name, Object value) {
    if (value instanceof Iterable) {
      for (Object item : (Iterable<?>) value) {
        query(name, item);
      }
    } else if (value != null) {
      query.add(new String[] {name, String.valueOf(value)});
    }
    return this;
  }

  /** Sets the JSON body (a map with snake_case keys, or a list). */
  public BapiRequest body(Object jsonBody) {
    this.body = jsonBody;
    return this;
  }

  /** Sets the bearer key; null sends no Authorization header. */
  public BapiRequest bearer(String key) {
    this.bearer = key;
    return this;
  }

  /** The method. */
  public Method method() {
    return method;
  }

  /** The path below the API URL, including the version segment when versioned. */
  public String pathBelowApiUrl(String apiVersion) {
    return versioned ? "/" + apiVersion + path : path.toString();
  }

  /** The path for log lines: fixed segments as written, every id replaced by {@code {id}}. */
  String pathForLogs(String apiVersion) {
    return versioned ? "/" + apiVersion + logPath : logPath.toString();
  }

  /** Helper for bodies: a map that keeps insertion order. */
  public static Map<String, Object> newBody() {
    return new LinkedHashMap<>();
  }
}
