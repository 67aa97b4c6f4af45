package io.clerkservlet.internal.keys;

import java.security.interfaces.RSAPublicKey;

/** A verification key and the algorithm it is bound to (null when the source does not say). */
public final class ResolvedKey {
  private final RSAPublicKey publicKey;
  private final String algorithm;
  private final String kid;

  ResolvedKey(RSAPublicKey publicKey, String algorithm, String kid) {
    this.publicKey = publicKey;
    this.algorithm = algorithm;
    this.kid = kid;
  }

  /** The RSA public key. */
  public RSAPublicKey publicKey() {
    return publicKey;
  }

  /** The JWK's {@code alg}, or null for a PEM key. */
  public String algorithm() {
    return algorithm;
  }

  /** The key id, or null for a PEM key. */
  public String kid() {
    return kid;
  }
}
