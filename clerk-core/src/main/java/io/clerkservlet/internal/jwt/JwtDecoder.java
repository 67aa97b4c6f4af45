package io.clerkservlet.internal.jwt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Splits and decodes a compact JWS, hardened per RFC 8725: bounded size, strict base64url (no
 * padding, no other alphabet), JSON objects only, duplicate keys rejected, {@code crit} rejected
 * (no extension is understood). Failures are {@code token-invalid}, as in {@code @clerk/backend}.
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

  /** Built once: the root deserializer is then resolved once, not on every token. */
  private static final ObjectReader MAP_READER = Json.mapper().readerFor(
      new TypeReference<Map<String, Object>>() {
      });

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
    String rawHeader = token.substring(0, first);
    String rawPayload = token.substring(first + 1, second);
    String rawSignature = token.substring(second + 1);
    Map<String, Object> header = parseObject(rawHeader);
    Map<String, Object> payload = parseObject(rawPayload);
    byte[] signature = decodeBase64Url(rawSignature);
    if (header.containsKey("crit")) {
      throw invalid(CRITICAL_HEADER);
    }
    byte[] signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
    return new DecodedJwt(header, payload, signingInput, signature);
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
      } else if (isBase64UrlChar(c)) {
        partLength++;
      } else {
        return false;
      }
    }
    return dots == 2 && partLength > 0;
  }

  /** Decodes one JSON object part, or null when it is not one (for classifiers that must not throw). */
  public static Map<String, Object> tryParseObject(String rawPart) {
    try {
      return parseObject(rawPart);
    } catch (TokenVerificationException e) {
      return null;
    }
  }

  private static Map<String, Object> parseObject(String rawPart) {
    byte[] json = decodeBase64Url(rawPart);
    try {
      Map<String, Object> map = MAP_READER.readValue(json);
      if (map == null) {
        throw invalid(INVALID_FORM_DECODE);
      }
      return map;
    } catch (IOException e) {
      throw invalid(INVALID_FORM_DECODE);
    }
  }

  static byte[] decodeBase64Url(String part) {
    if (part.length() % 4 == 1) {
      throw invalid(INVALID_FORM_DECODE);
    }
    for (int i = 0; i < part.length(); i++) {
      if (!isBase64UrlChar(part.charAt(i))) {
        throw invalid(INVALID_FORM_DECODE);
      }
    }
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw invalid(INVALID_FORM_DECODE);
    }
  }

  private static boolean isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_';
  }

  private static TokenVerificationException invalid(String message) {
    return new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID, message, null);
  }
}
