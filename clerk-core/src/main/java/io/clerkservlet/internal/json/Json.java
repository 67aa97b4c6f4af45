package io.clerkservlet.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;

/**
 * The one Jackson set-up of clerk-core.
 *
 * <p>Models are plain classes with private fields and getters; this mapper fills the fields by name,
 * translating Clerk's snake_case keys, ignores fields it does not know and turns unknown enum values
 * into null, so a new field or value on Clerk's side never breaks parsing. Duplicate keys are an
 * error (RFC 8725: one meaning per document).
 */
public final class Json {
  /** Maximum nesting accepted in any JSON document read from the network. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final ObjectMapper MAPPER = JsonMapper.builder(jsonFactory())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
      .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
      .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true)
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  private Json() {
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build())
        .build();
  }

  /** The shared mapper; never hand it out of clerk-core. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses a document; throws {@link IOException} on anything that is not one JSON value. */
  public static JsonNode parse(byte[] bytes) throws IOException {
    JsonNode node = MAPPER.readTree(bytes);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty JSON document");
    }
    return node;
  }

  /** Maps a parsed object to a model class. */
  public static <T> T convert(JsonNode node, Class<T> type) throws IOException {
    if (node == null || node.getNodeType() != JsonNodeType.OBJECT) {
      throw new IOException("expected a JSON object for " + type.getSimpleName());
    }
    return MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(node));
  }

  /** Serialises a request body (maps, lists, strings, numbers, booleans, null). */
  public static byte[] write(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("request body cannot be written as JSON", e);
    }
  }
}
