package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads typed fields from request bodies, answering 422 like Clerk when a field has the wrong shape. */
public final class Bodies {
  private Bodies() {
  }

  /** True when the field is present (even as JSON null). */
  public static boolean has(ObjectNode body, String field) {
    return body.has(field);
  }

  /** A string field, or null when absent or null; 422 when it is not a string. */
  public static String text(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw FakeError.invalid(field, field + " must be a string.");
    }
    return node.asText();
  }

  /** A required string field: 422 {@code form_param_missing} when absent, null or empty. */
  public static String requiredText(ObjectNode body, String field) {
    String value = text(body, field);
    if (value == null || value.isEmpty()) {
      throw FakeError.missing(field);
    }
    return value;
  }

  /** A string field that must match {@code regex} when present. */
  public static String matching(ObjectNode body, String field, String regex) {
    String value = text(body, field);
    if (value != null && !value.matches(regex)) {
      throw FakeError.invalid(field, field + " is not in the expected format.");
    }
    return value;
  }

  /** An integer field, or null when absent or null; 422 outside {@code [min, max]}. */
  public static Long integer(ObjectNode body, String field, long min, long max) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
      throw FakeError.invalid(field, field + " must be an integer between " + min + " and " + max + ".");
    }
    return node.asLong();
  }

  /** A list of strings, or null when absent or null; 422 for any other shape. */
  public static List<String> strings(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw FakeError.invalid(field, field + " must be an array of strings.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw FakeError.invalid(field, field + " must be an array of strings.");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** Any JSON value as plain maps/lists, or null. */
  public static Object value(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : FakeJson.MAPPER.convertValue(node, Object.class);
  }

  /** A boolean query parameter ({@code true}/{@code false}), the fallback when absent, else 422. */
  public static boolean queryFlag(FakeRequest request, String name, boolean fallback) {
    String value = request.query(name);
    if (value == null) {
      return fallback;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw FakeError.invalid(name, name + " must be true or false.");
    }
    return Boolean.parseBoolean(value);
  }
}
