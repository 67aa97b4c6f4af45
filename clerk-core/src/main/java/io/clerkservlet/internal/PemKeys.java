package io.clerkservlet.internal;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Parses the networkless {@code jwtKey}: an RSA public key in PEM (SPKI) or bare base64. */
public final class PemKeys {
  private PemKeys() {
  }

  /**
   * Parses an RSA public key of any size.
   *
   * @throws IllegalArgumentException when the text is not an RSA public key
   */
  public static RSAPublicKey parseRsaPublicKey(String pem) {
    String base64 = pem
        .replace("-----BEGIN PUBLIC KEY-----", "")
        .replace("-----END PUBLIC KEY-----", "")
        .replace("\\n", "")
        .replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | InvalidKeySpecException | ClassCastException e) {
      throw new IllegalArgumentException("jwtKey is not an RSA public key in PEM format", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no RSA KeyFactory", e);
    }
  }
}
