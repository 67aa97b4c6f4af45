package io.clerkservlet.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers of the params builders: defensive copies and required-value checks. */
final class Params {
  private Params() {
  }

  /** An unmodifiable copy, or null. */
  static Map<String, Object> copy(Map<String, ?> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(map));
  }

  /** An unmodifiable copy; never null. */
  static List<String> copy(List<String> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Puts the value into a request body unless it is null. */
  static void putIfSet(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  /** Throws "{name} is required" when the value is null or empty. */
  static void require(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  /** Throws "{name} must not contain empty values" or "{name} accepts at most 100 values". */
  static void checkValues(String name, List<String> values) {
    if (values.size() > 100) {
      throw new IllegalArgumentException(name + " accepts at most 100 values");
    }
    for (String value : values) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(name + " must not contain empty values");
      }
    }
  }
}
