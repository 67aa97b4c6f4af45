package io.clerkservlet.internal.jwt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON object from a streaming parser into the values databind's untyped reading gives
 * ({@code LinkedHashMap} in document order, {@code ArrayList}, {@code String}, {@code Integer} /
 * {@code Long} / {@code BigInteger}, {@code Double}, {@code Boolean}, null), without databind's
 * deserializer lookup and buffering: a JOSE header or claims set is read once per token on the cold
 * path. Duplicate keys and nesting depth are the parser's checks (its factory's settings).
 */
final class JsonObjects {
  private JsonObjects() {
  }

  /**
   * The object the parser is at the start of, or null when the document is not exactly one object.
   *
   * @throws IOException when the text is not JSON (duplicate keys and excessive nesting included)
   */
  static Map<String, Object> readDocument(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Map<String, Object> object = readObject(parser);
    return parser.nextToken() == null ? object : null;
  }

  private static Map<String, Object> readObject(JsonParser parser) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      out.put(name, readValue(parser, parser.nextToken()));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("unterminated object");
    }
    return out;
  }

  private static List<Object> readArray(JsonParser parser) throws IOException {
    List<Object> out = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      out.add(readValue(parser, t));
    }
    return out;
  }

  private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("unexpected end of input");
    }
    switch (token) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_OBJECT:
        return readObject(parser);
      case START_ARRAY:
        return readArray(parser);
      default:
        throw new IOException("unexpected token " + token);
    }
  }
}
