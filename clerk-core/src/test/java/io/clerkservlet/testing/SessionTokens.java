package io.clerkservlet.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds session-token-shaped JWTs for verification tests, signed with the JDK. Every header field
 * and claim can be changed or removed, so each check of the verifier can be hit on its own.
 */
public final class SessionTokens {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> header = new LinkedHashMap<>();
  private final Map<String, Object> claims = new LinkedHashMap<>();
  private PrivateKey key;

  private SessionTokens(String kid, PrivateKey key, Clock clock, String issuer) {
    this.key = key;
    long now = clock.millis() / 1000;
    header.put("alg", "RS256");
    header.put("kid", kid);
    header.put("typ", "JWT");
    claims.put("azp", "https://app.example.com");
    claims.put("exp", now + 60);
    claims.put("iat", now - 1);
    claims.put("iss", issuer);
    claims.put("nbf", now - 11);
    claims.put("sid", "sess_2abcdefghijklmnopqrstuvwxyz");
    claims.put("sub", "user_2abcdefghijklmnopqrstuvwxyz");
  }

  /** A valid session token for the given signing key, issued now by {@code clock}. */
  public static SessionTokens sessionToken(String kid, PrivateKey key, Clock clock, String issuer) {
    return new SessionTokens(kid, key, clock, issuer);
  }

  /** Sets (or, with null, keeps as JSON null) a header parameter. */
  public SessionTokens header(String name, Object value) {
    header.put(name, value);
    return this;
  }

  /** Removes a header parameter. */
  public SessionTokens withoutHeader(String name) {
    header.remove(name);
    return this;
  }

  /** Sets a claim (null writes JSON null). */
  public SessionTokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  /** Removes a claim. */
  public SessionTokens withoutClaim(String name) {
    claims.remove(name);
    return this;
  }

  /** Signs with another key (same header), for wrong-signature tests. */
  public SessionTokens signedWith(PrivateKey other) {
    this.key = other;
    return this;
  }

  /** The compact JWS. */
  public String build() {
    try {
      String input = b64(JSON.writeValueAsBytes(header)) + "." + b64(JSON.writeValueAsBytes(claims));
      String alg = String.valueOf(header.get("alg"));
      Signature s = Signature.getInstance(alg.equals("RS384") ? "SHA384withRSA"
          : alg.equals("RS512") ? "SHA512withRSA" : "SHA256withRSA");
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** base64url without padding. */
  public static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
