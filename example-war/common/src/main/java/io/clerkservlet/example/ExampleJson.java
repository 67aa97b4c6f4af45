package io.clerkservlet.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON for the example's answers: maps and lists in, UTF-8 bytes out (nulls kept). */
public final class ExampleJson {
  /** The content type of every JSON answer. */
  public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExampleJson() {
  }

  /** {@code value} (maps, lists, strings, numbers, booleans, null) as UTF-8 JSON. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON object; an answer that is not one reads as {@code {"raw": "<text>"}}. */
  public static Map<String, Object> readObject(byte[] json) {
    try {
      return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      return java.util.Collections.<String, Object>singletonMap("raw", new String(json, StandardCharsets.UTF_8));
    }
  }
}
