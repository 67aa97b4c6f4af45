package io.clerkservlet.testkit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The RSA signing keys of one fake Clerk instance. The newest key signs; older keys stay in the
 * JWKS until {@link #retireOldest()}. Thread-safe.
 */
public final class ClerkSigningKeys {
  /** The RSA modulus size of new keys. */
  public static final int KEY_SIZE = 2048;

  private final List<SigningKey> keys = new CopyOnWriteArrayList<>();
  private final String kidPrefix;
  private final AtomicInteger counter = new AtomicInteger();

  /** A key set with one fresh key; kids look like {@code ins_<prefix>_1}. */
  public ClerkSigningKeys(String kidPrefix) {
    this.kidPrefix = kidPrefix;
    rotate();
  }

  /** One RSA key pair with its {@code kid}. */
  public static final class SigningKey {
    private final String kid;
    private final KeyPair pair;

    SigningKey(String kid, KeyPair pair) {
      this.kid = kid;
      this.pair = pair;
    }

    /** The key id published in the JWKS and put in token headers. */
    public String kid() {
      return kid;
    }

    /** The public key. */
    public RSAPublicKey publicKey() {
      return (RSAPublicKey) pair.getPublic();
    }

    /** The private key, for signing test tokens. */
    public PrivateKey privateKey() {
      return pair.getPrivate();
    }

    /** The public key as PEM (SPKI), as Clerk shows it for {@code CLERK_JWT_KEY}. */
    public String publicKeyPem() {
      String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(pair.getPublic().getEncoded());
      return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** The public JWK: {@code use, kty, kid, alg, n, e}. */
    public Map<String, Object> jwk() {
      Map<String, Object> jwk = new LinkedHashMap<>();
      jwk.put("use", "sig");
      jwk.put("kty", "RSA");
      jwk.put("kid", kid);
      jwk.put("alg", "RS256");
      jwk.put("n", base64Url(publicKey().getModulus()));
      jwk.put("e", base64Url(publicKey().getPublicExponent()));
      return jwk;
    }
  }

  /** The key that signs new tokens (the newest). */
  public SigningKey current() {
    return keys.get(keys.size() - 1);
  }

  /**
   * The current key's public key as PEM (SPKI): what Clerk's dashboard shows as the JWT public key,
   * for networkless verification ({@code jwtKey} / {@code CLERK_JWT_KEY}).
   */
  public String publicKeyPem() {
    return current().publicKeyPem();
  }

  /** The published key with this kid, or null. */
  public SigningKey byKid(String kid) {
    for (SigningKey key : keys) {
      if (key.kid().equals(kid)) {
        return key;
      }
    }
    return null;
  }

  /** Every published key, oldest first. */
  public List<SigningKey> all() {
    return new ArrayList<>(keys);
  }

  /** Adds a new signing key; the old ones stay published. Returns the new key. */
  public SigningKey rotate() {
    SigningKey key = new SigningKey(kidPrefix + "_" + counter.incrementAndGet(), generate());
    keys.add(key);
    return key;
  }

  /** Removes the oldest key from the JWKS (tokens it signed stop verifying). */
  public void retireOldest() {
    if (keys.size() > 1) {
      keys.remove(0);
    }
  }

  /**
   * Removes the key with this kid from the JWKS, unless it is the only key. Returns whether a key
   * was removed.
   */
  public boolean retire(String kid) {
    SigningKey key = byKid(kid);
    return key != null && keys.size() > 1 && keys.remove(key);
  }

  /** The JWKS document's {@code keys} array. */
  public List<Map<String, Object>> jwks() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SigningKey key : keys) {
      out.add(key.jwk());
    }
    return out;
  }

  /** Generates a fresh RSA key pair. */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no RSA", e);
    }
  }

  static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
