package io.clerkservlet.internal.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.clerkservlet.internal.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders values as {@code @clerk/backend}'s messages do, so our messages match theirs. */
final class JsValues {
  private static final DateTimeFormatter UTC_STRING =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private JsValues() {
  }

  /** {@code JSON.stringify(value)}: a missing value renders as {@code undefined}. */
  static String stringify(Object value, boolean present) {
    if (!present) {
      return "undefined";
    }
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** {@code String(array)}: the items joined with commas. */
  static String join(List<String> values) {
    return String.join(",", values);
  }

  /** {@code Date.prototype.toUTCString()}. */
  static String utcString(long epochMillis) {
    return UTC_STRING.format(Instant.ofEpochMilli(epochMillis));
  }
}
