package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the resource routes: body reading, field access, metadata merging. */
public final class FakeBodies {
  private FakeBodies() {
  }

  /** The JSON object body where the spec allows any field (no {@code additionalProperties: false}). */
  public static ObjectNode lenient(FakeRequest request) {
    try {
      byte[] body = request.body();
      JsonNode node = body.length == 0 ? FakeJson.MAPPER.createObjectNode() : FakeJson.MAPPER.readTree(body);
      if (node != null && node.isObject()) {
        return (ObjectNode) node;
      }
    } catch (IOException e) {
      // answered below
    }
    throw new FakeError(Reply.error(400, "malformed_request_body", "malformed request body",
        "The request body must be a JSON object.", null));
  }

  /** A text field, or null when absent or null. */
  public static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  /** A required text field, or a 422 {@code form_param_missing}. */
  public static String requiredText(JsonNode body, String field) {
    String value = text(body, field);
    if (value == null || value.isEmpty()) {
      throw FakeError.missing(field);
    }
    return value;
  }

  /** A boolean field, or null when absent or null. */
  public static Boolean bool(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asBoolean();
  }

  /** An integer field, or null when absent or null. */
  public static Long number(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asLong();
  }

  /** A list of strings (a JSON array), empty when absent. */
  public static List<String> texts(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    JsonNode node = body.get(field);
    if (node != null && node.isArray()) {
      for (JsonNode item : node) {
        out.add(item.asText());
      }
    }
    return out;
  }

  /** A free-form object field as a mutable map, or null when absent or null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw FakeError.invalid(field, field + " must be an object.");
    }
    return FakeJson.MAPPER.convertValue(node, LinkedHashMap.class);
  }

  /** Deep-merges {@code patch} into {@code target}: nested maps merge, a null value removes the key. */
  @SuppressWarnings("unchecked")
  public static void deepMerge(Map<String, Object> target, Map<String, Object> patch) {
    for (Map.Entry<String, Object> e : patch.entrySet()) {
      Object old = target.get(e.getKey());
      if (e.getValue() == null) {
        target.remove(e.getKey());
      } else if (old instanceof Map && e.getValue() instanceof Map) {
        deepMerge((Map<String, Object>) old, (Map<String, Object>) e.getValue());
      } else {
        target.put(e.getKey(), e.getValue());
      }
    }
  }

  /** The entries of {@code record} whose keys do not start with {@code __} (hidden fake state). */
  public static Map<String, Object> publicView(Map<String, Object> record) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : record.entrySet()) {
      if (!e.getKey().startsWith("__")) {
        view.put(e.getKey(), e.getValue());
      }
    }
    return view;
  }

  /** A deep copy of a record, taken under the state lock so the reply is not changed while sent. */
  public static Object snapshot(Object value) {
    try {
      return FakeJson.MAPPER.readValue(FakeJson.MAPPER.writeValueAsBytes(value), Object.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy fake record", e);
    }
  }

  /** {@code {object, id, deleted: true}} (plus the slug when given), as Clerk's DeletedObject. */
  public static Map<String, Object> deleted(String object, String id, String slug) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", object);
    out.put("id", id);
    if (slug != null) {
      out.put("slug", slug);
    }
    out.put("deleted", true);
    return out;
  }
}
