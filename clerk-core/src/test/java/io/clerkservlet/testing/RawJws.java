package io.clerkservlet.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/**
 * Compact JWSs with parts exactly as given, signed over their exact text with a real key: hostile
 * encodings (UTF-16 JSON, byte order marks, non-canonical base64url) that only the rule under test
 * can reject, because the signature over them is valid.
 */
public final class RawJws {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawJws() {
  }

  /** The JSON text of a header or claims map. */
  public static String json(Map<String, Object> value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of {@code text} in {@code charset}, after {@code prefix} (a byte order mark, or none). */
  public static byte[] encoded(String text, Charset charset, byte... prefix) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }

  /** The UTF-8 bytes of a map's JSON. */
  public static byte[] utf8(Map<String, Object> value) {
    return json(value).getBytes(StandardCharsets.UTF_8);
  }

  /** base64url without padding. */
  public static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** {@code b64(header).b64(payload)} signed with RS256. */
  public static String sign(byte[] header, byte[] payload, PrivateKey key) {
    return signText(b64(header) + "." + b64(payload), "RS256", key);
  }

  /** The signing input as given (any text), a dot and its signature with {@code alg} (RS256/384/512). */
  public static String signText(String signingInput, String alg, PrivateKey key) {
    try {
      Signature s = Signature.getInstance("SHA" + alg.substring(2) + "withRSA");
      s.initSign(key);
      s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
