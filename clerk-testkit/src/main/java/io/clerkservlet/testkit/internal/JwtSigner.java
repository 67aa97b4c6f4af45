package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;

/**
 * Signs JWTs: RS256/RS384/RS512 with the JDK's {@link Signature}, HS256/HS384/HS512 with {@link Mac}
 * (for algorithm-confusion tests) and {@code none} (an empty signature).
 */
public final class JwtSigner {
  private JwtSigner() {
  }

  /** Signs with the header's {@code alg}; see {@link #sign(Map, Map, String, Key)}. */
  public static String sign(Map<String, Object> header, Map<String, Object> payload, Key key) {
    return sign(header, payload, String.valueOf(header.get("alg")), key);
  }

  /**
   * Returns {@code base64url(header).base64url(payload).base64url(signature)}, signed with
   * {@code alg} whatever the header says (so tests can forge a mismatching header).
   */
  public static String sign(Map<String, Object> header, Map<String, Object> payload, String alg,
      Key key) {
    try {
      String signingInput = encode(FakeJson.MAPPER.writeValueAsBytes(header)) + "."
          + encode(FakeJson.MAPPER.writeValueAsBytes(payload));
      byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
      return signingInput + "." + encode(signature(alg, input, key));
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign test JWT", e);
    }
  }

  /** base64url without padding. */
  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] signature(String alg, byte[] input, Key key)
      throws GeneralSecurityException {
    if ("none".equals(alg)) {
      return new byte[0];
    }
    if (alg.startsWith("HS")) {
      Mac mac = Mac.getInstance("HmacSHA" + alg.substring(2));
      mac.init(key);
      return mac.doFinal(input);
    }
    if (!(key instanceof PrivateKey)) {
      throw new IllegalArgumentException(alg + " needs an RSA private key");
    }
    Signature signature = Signature.getInstance(jcaName(alg));
    signature.initSign((PrivateKey) key);
    signature.update(input);
    return signature.sign();
  }

  private static String jcaName(String alg) {
    switch (alg) {
      case "RS384":
        return "SHA384withRSA";
      case "RS512":
        return "SHA512withRSA";
      default:
        return "SHA256withRSA";
    }
  }
}
