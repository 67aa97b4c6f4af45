package io.clerkservlet.internal.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.Utf8;
import io.clerkservlet.internal.json.Json;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.Map;

/**
 * Splits and decodes a compact JWS, hardened per RFC 8725: bounded size, canonical base64url in
 * every part (no padding, no other alphabet, zero unused bits), header and payload strict UTF-8
 * JSON objects without a byte order mark (RFC 7515 §2, RFC 7519 §7.2), duplicate keys rejected,
 * {@code crit} rejected (no extension is understood). Failures are {@code token-invalid}, as in
 * {@code @clerk/backend}.
 */
public final class JwtDecoder {
  /** The longest token accepted, in characters (Clerk session tokens are about 1 KB). */
  public static final int MAX_TOKEN_LENGTH = 16 * 1024;

  static final String INVALID_FORM_PARTS =
      "Invalid JWT form. A JWT consists of three parts separated by dots.";
  static final String INVALID_FORM_DECODE =
      "Invalid JWT form. The header, payload, or signature could not be decoded.";
  static final String TOO_LARGE = "Invalid JWT form. The token is longer than " + MAX_TOKEN_LENGTH
      + " characters.";
  static final String CRITICAL_HEADER = "Invalid JWT header. Critical header parameters (crit) are not supported.";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** The shared mapper's factory: its parsers detect duplicate keys and bound the nesting depth. */
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private JwtDecoder() {
  }

  /**
   * Decodes the token.
   *
   * @throws TokenVerificationException {@code token-invalid} when it is not a well-formed JWS
   */
  public static DecodedJwt decode(String token) {
    if (token == null) {
      throw invalid(INVALID_FORM_PARTS);
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw invalid(TOO_LARGE);
    }
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw invalid(INVALID_FORM_PARTS);
    }
    Map<String, Object> header = parseObject(token, 0, first);
    Map<String, Object> payload = parseObject(token, first + 1, second);
    byte[] signature = Base64Url.decode(token, second + 1, token.length());
    if (signature == null) {
      throw invalid(INVALID_FORM_DECODE);
    }
    if (header.containsKey("crit")) {
      throw invalid(CRITICAL_HEADER);
    }
    return new DecodedJwt(header, payload, asciiBytes(token, second), signature);
  }

  /**
   * {@code token[0, end)} as bytes: the header and payload parts, already checked to be base64url
   * (ASCII), so each character is its byte. One copy instead of a substring and its encoding.
   */
  private static byte[] asciiBytes(String token, int end) {
    byte[] out = new byte[end];
    for (int i = 0; i < end; i++) {
      out[i] = (byte) token.charAt(i);
    }
    return out;
  }

  /** True when the token has the {@code header.payload.signature} shape in the base64url alphabet. */
  public static boolean isJwtFormat(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return false;
    }
    int dots = 0;
    int partLength = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.') {
        if (partLength == 0) {
          return false;
        }
        dots++;
        partLength = 0;
      } else if (Base64Url.value(c) >= 0) {
        partLength++;
      } else {
        return false;
      }
    }
    return dots == 2 && partLength > 0;
  }

  /**
   * Decodes the JSON object in {@code token[from, to)}, or null when it is not one (for classifiers
   * that must not throw).
   */
  public static Map<String, Object> tryParseObject(String token, int from, int to) {
    try {
      return parseObject(token, from, to);
    } catch (TokenVerificationException e) {
      return null;
    }
  }

  /** True when {@code token[from, to)} is canonical base64url (a part {@link #decode} accepts). */
  public static boolean isCanonicalBase64Url(String token, int from, int to) {
    return Base64Url.isCanonical(token, from, to);
  }

  private static Map<String, Object> parseObject(String token, int from, int to) {
    byte[] json = Base64Url.decode(token, from, to);
    if (json == null) {
      throw invalid(INVALID_FORM_DECODE);
    }
    try (JsonParser parser = utf8JsonParser(json)) {
      Map<String, Object> map = parser == null ? null : JsonObjects.readDocument(parser);
      if (map == null) {
        throw invalid(INVALID_FORM_DECODE);
      }
      return map;
    } catch (IOException e) {
      throw invalid(INVALID_FORM_DECODE);
    }
  }

  /**
   * A parser over the JSON text of strict UTF-8 bytes (RFC 7515 §2: UTF-8, no byte order mark), or
   * null when they are not. Jackson guesses UTF-16 and UTF-32 from zero bytes and byte order marks;
   * it only ever sees bytes with neither (then it can only read UTF-8) or the decoded characters.
   */
  private static JsonParser utf8JsonParser(byte[] json) throws IOException {
    if (isAsciiWithoutNul(json)) {
      return FACTORY.createParser(json);
    }
    CharBuffer text = Utf8.decodeStrict(json);
    if (text == null || (text.hasRemaining() && text.get(text.position()) == BYTE_ORDER_MARK)) {
      return null;
    }
    return FACTORY.createParser(text.array(), text.arrayOffset() + text.position(), text.remaining());
  }

  private static boolean isAsciiWithoutNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  private static TokenVerificationException invalid(String message) {
    return new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID, message, null);
  }
}
