package io.clerkservlet.benchmarks.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * Anchor a2: a hand-written JDK + Jackson verifier, the least a careful implementation does. Split on
 * '.', JDK base64url decode, Jackson {@code readTree} of header and claims, one {@link Signature} per
 * thread ({@code initVerify} per call), then alg/kid, exp/nbf/iat (5 s skew), iss, azp, sub, sid.
 */
public final class JdkJacksonVerifier {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long SKEW_SECONDS = 5;

  private final Map<String, RSAPublicKey> keys;
  private final String issuer;
  private final String azp;
  private final ThreadLocal<Signature> signatures = ThreadLocal.withInitial(() -> {
    try {
      return Signature.getInstance("SHA256withRSA");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  /** A verifier of RS256 tokens signed by one of {@code keys} (by kid), for this issuer and azp. */
  public JdkJacksonVerifier(Map<String, RSAPublicKey> keys, String issuer, String azp) {
    this.keys = keys;
    this.issuer = issuer;
    this.azp = azp;
  }

  /** The claims of a valid token; throws otherwise. */
  public JsonNode verify(String token) throws IOException, GeneralSecurityException {
    int first = token.indexOf('.');
    int second = token.indexOf('.', first + 1);
    if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
      throw new IllegalArgumentException("not a JWS");
    }
    Base64.Decoder b64 = Base64.getUrlDecoder();
    JsonNode header = MAPPER.readTree(b64.decode(token.substring(0, first)));
    if (!"RS256".equals(header.path("alg").asText())) {
      throw new IllegalArgumentException("alg");
    }
    RSAPublicKey key = keys.get(header.path("kid").asText());
    if (key == null) {
      throw new IllegalArgumentException("kid");
    }
    Signature signature = signatures.get();
    signature.initVerify(key);
    signature.update(token.substring(0, second).getBytes(StandardCharsets.US_ASCII));
    if (!signature.verify(b64.decode(token.substring(second + 1)))) {
      throw new IllegalArgumentException("signature");
    }
    JsonNode claims = MAPPER.readTree(b64.decode(token.substring(first + 1, second)));
    long now = System.currentTimeMillis() / 1000;
    if (!claims.path("exp").isNumber() || claims.get("exp").asLong() <= now - SKEW_SECONDS
        || claims.path("nbf").asLong(0) > now + SKEW_SECONDS || claims.path("iat").asLong(0) > now + SKEW_SECONDS
        || !issuer.equals(claims.path("iss").asText()) || !azp.equals(claims.path("azp").asText())
        || !claims.path("sub").isTextual() || !claims.path("sid").isTextual()) {
      throw new IllegalArgumentException("claims");
    }
    return claims;
  }
}
