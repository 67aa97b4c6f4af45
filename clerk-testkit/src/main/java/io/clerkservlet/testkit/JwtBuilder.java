package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.JwtSigner;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * What every test-token builder of {@link ClerkTokens} can do: choose the algorithm, key and header,
 * move the token in time, add or remove any claim, and break the token on purpose. Times default to
 * the {@link ClerkTokens} clock when {@link #sign()} runs.
 *
 * <p>Header order: {@code alg, kid, typ, cat}, then {@link #header(String, Object)} entries. Claim
 * order: the token type's claims, then {@link #claim(String, Object)} entries (which override).
 *
 * @param <B> the concrete builder, returned by every option
 */
public abstract class JwtBuilder<B extends JwtBuilder<B>> {
  private final ClerkTokens tokens;
  private final Map<String, Object> extraHeaders = new LinkedHashMap<>();
  private final Set<String> removedHeaders = new LinkedHashSet<>();
  private final Map<String, Object> extraClaims = new LinkedHashMap<>();
  private final Set<String> removedClaims = new LinkedHashSet<>();
  private final long notBeforeLeewaySeconds;
  private String alg = "RS256";
  private String kid;
  private String typ = "JWT";
  private String cat;
  private Key key;
  private Duration lifetime;
  private Instant issuedAt;
  private Instant notBefore;
  private Instant expiresAt;
  private boolean corruptSignature;

  JwtBuilder(ClerkTokens tokens, Duration lifetime, long notBeforeLeewaySeconds) {
    this.tokens = tokens;
    this.lifetime = lifetime;
    this.notBeforeLeewaySeconds = notBeforeLeewaySeconds;
  }

  /** The claims of this token type, in order; call {@link #putTimes} where iat/nbf/exp belong. */
  abstract void putClaims(Map<String, Object> payload, long issuedAtSeconds);

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  final ClerkTokens tokens() {
    return tokens;
  }

  /** {@code RS256} (default), {@code RS384} or {@code RS512}; also {@code none} or {@code HS256} to forge. */
  public B algorithm(String alg) {
    this.alg = alg;
    return self();
  }

  /** The header {@code kid}; by default the kid of the signing key. */
  public B kid(String kid) {
    this.kid = kid;
    return self();
  }

  /** The header {@code typ}; null leaves it out. */
  public B type(String typ) {
    this.typ = typ;
    return self();
  }

  /** The header {@code cat} (token category, see the {@code CATEGORY_} constants); null leaves it out. */
  public B category(String cat) {
    this.cat = cat;
    return self();
  }

  /** Adds or overrides a header parameter (a null value is written as JSON null). */
  public B header(String name, Object value) {
    removedHeaders.remove(name);
    extraHeaders.put(name, value);
    return self();
  }

  /** Leaves a header parameter out, for example {@code "kid"} or {@code "alg"}. */
  public B withoutHeader(String name) {
    extraHeaders.remove(name);
    removedHeaders.add(name);
    return self();
  }

  /** Adds or overrides a claim after the token type's own claims (a null value is written as JSON null). */
  public B claim(String name, Object value) {
    removedClaims.remove(name);
    extraClaims.put(name, value);
    return self();
  }

  /** Leaves a claim out, for example {@code "sub"} or {@code "exp"}. */
  public B withoutClaim(String name) {
    extraClaims.remove(name);
    removedClaims.add(name);
    return self();
  }

  /** Signs with another published key of this instance (its kid goes into the header). */
  public B signedWith(ClerkSigningKeys.SigningKey signingKey) {
    this.key = signingKey.privateKey();
    if (kid == null) {
      this.kid = signingKey.kid();
    }
    return self();
  }

  /** Signs with any RSA private key, keeping the current kid: for wrong-instance tests. */
  public B signedWith(PrivateKey privateKey) {
    this.key = privateKey;
    return self();
  }

  /** Signs with HMAC over {@code secret} (HS256 unless an HS algorithm was chosen): for algorithm-confusion tests. */
  public B hmacSigned(byte[] secret) {
    if (!alg.startsWith("HS")) {
      this.alg = "HS256";
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA" + alg.substring(2));
    return self();
  }

  /** The {@code iat} (also the base of {@code nbf} and {@code exp}); now by the clock by default. */
  public B issuedAt(Instant instant) {
    this.issuedAt = instant;
    return self();
  }

  /** {@code exp} = {@code iat} + lifetime (truncated to seconds). */
  public B lifetime(Duration lifetime) {
    this.lifetime = lifetime;
    return self();
  }

  /** An explicit {@code exp}, instead of {@code iat} + lifetime. */
  public B expiresAt(Instant instant) {
    this.expiresAt = instant;
    return self();
  }

  /** An explicit {@code nbf}. */
  public B notBefore(Instant instant) {
    this.notBefore = instant;
    return self();
  }

  /** Flips bits in the signature, so verification must fail with an invalid signature. */
  public B corruptSignature() {
    this.corruptSignature = true;
    return self();
  }

  /** Puts {@code iat}, {@code nbf} and {@code exp} (epoch seconds). */
  final void putTimes(Map<String, Object> payload, long iat) {
    payload.put("iat", iat);
    payload.put("nbf", notBefore != null ? notBefore.getEpochSecond() : iat - notBeforeLeewaySeconds);
    payload.put("exp", expiresAt != null ? expiresAt.getEpochSecond() : iat + lifetime.getSeconds());
  }

  /** The JOSE header as it will be signed. */
  public Map<String, Object> buildHeader() {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", alg);
    header.put("kid", kid != null ? kid : tokens.keys().current().kid());
    putIfNotNull(header, "typ", typ);
    putIfNotNull(header, "cat", cat);
    header.putAll(extraHeaders);
    header.keySet().removeAll(removedHeaders);
    return header;
  }

  /** The claims as they will be signed (times taken from the clock now). */
  public Map<String, Object> buildClaims() {
    long iat = issuedAt != null ? issuedAt.getEpochSecond()
        : tokens.clock().instant().getEpochSecond();
    Map<String, Object> payload = new LinkedHashMap<>();
    putClaims(payload, iat);
    payload.putAll(extraClaims);
    payload.keySet().removeAll(removedClaims);
    return payload;
  }

  /** Signs and returns the compact JWS {@code header.payload.signature}. */
  public String sign() {
    Key signingKey = key != null ? key : tokens.keys().current().privateKey();
    String jws = JwtSigner.sign(buildHeader(), buildClaims(), alg, signingKey);
    return corruptSignature ? corrupt(jws) : jws;
  }

  private static String corrupt(String jws) {
    int dot = jws.lastIndexOf('.');
    byte[] sig = Base64.getUrlDecoder().decode(jws.substring(dot + 1));
    if (sig.length == 0) {
      sig = "forged".getBytes(StandardCharsets.US_ASCII);
    }
    sig[0] ^= 0x5a;
    sig[sig.length - 1] ^= 0x5a;
    return jws.substring(0, dot + 1) + JwtSigner.encode(sig);
  }

  static void putIfNotNull(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
