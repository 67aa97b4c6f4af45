package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** Signs JWTs with the JDK's {@link Signature} (RS256/RS384/RS512). */
public final class JwtSigner {
  private JwtSigner() {
  }

  /** Returns {@code base64url(header).base64url(payload).base64url(signature)}. */
  public static String sign(Map<String, Object> header, Map<String, Object> payload, PrivateKey key) {
    try {
      String signingInput = encode(FakeJson.MAPPER.writeValueAsBytes(header)) + "."
          + encode(FakeJson.MAPPER.writeValueAsBytes(payload));
      Signature signature = Signature.getInstance(jcaName(String.valueOf(header.get("alg"))));
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + encode(signature.sign());
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign test JWT", e);
    }
  }

  /** base64url without padding. */
  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
