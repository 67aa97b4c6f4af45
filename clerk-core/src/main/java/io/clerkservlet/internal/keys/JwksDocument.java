package io.clerkservlet.internal.keys;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the RSA signing keys of a JWKS answer; other key types and unusable entries are skipped. */
final class JwksDocument {
  private JwksDocument() {
  }

  /** The RSA signature keys by {@code kid}; empty when there are none. */
  static Map<String, ResolvedKey> rsaKeys(JsonNode document) {
    JsonNode keys = document == null ? null : document.get("keys");
    if (keys == null || !keys.isArray()) {
      return Collections.emptyMap();
    }
    Map<String, ResolvedKey> out = new LinkedHashMap<>();
    for (JsonNode jwk : keys) {
      ResolvedKey key = toKey(jwk);
      if (key != null) {
        out.put(key.kid(), key);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static ResolvedKey toKey(JsonNode jwk) {
    String kid = text(jwk, "kid");
    String use = text(jwk, "use");
    if (!"RSA".equals(text(jwk, "kty")) || kid == null || (use != null && !"sig".equals(use))) {
      return null;
    }
    try {
      BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "n")));
      BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(text(jwk, "e")));
      RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(n, e));
      return new ResolvedKey(key, text(jwk, "alg"), kid);
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException ex) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
