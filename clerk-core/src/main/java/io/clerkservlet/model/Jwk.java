package io.clerkservlet.model;

/**
 * One public key of the instance's JSON Web Key Set (RFC 7517). RSA keys have {@link #getN()}
 * and {@link #getE()}; elliptic-curve and Ed25519 keys have {@link #getCrv()} and {@link #getX()}
 * (and EC keys {@link #getY()}). Absent members are null.
 */
public final class Jwk {
  private String kid;
  private String kty;
  private String alg;
  private String use;
  private String n;
  private String e;
  private String crv;
  private String x;
  private String y;

  private Jwk() {
  }

  /** The key id, matched against a JWT's {@code kid} header. */
  public String getKid() {
    return kid;
  }

  /** The key type: {@code RSA}, {@code EC} or {@code OKP}. */
  public String getKty() {
    return kty;
  }

  /** The algorithm, for example {@code RS256}. */
  public String getAlg() {
    return alg;
  }

  /** The intended use, normally {@code sig}. */
  public String getUse() {
    return use;
  }

  /** The RSA modulus, base64url, or null. */
  public String getN() {
    return n;
  }

  /** The RSA public exponent, base64url, or null. */
  public String getE() {
    return e;
  }

  /** The curve of an EC or OKP key, or null. */
  public String getCrv() {
    return crv;
  }

  /** The x coordinate (EC) or public key (OKP), base64url, or null. */
  public String getX() {
    return x;
  }

  /** The y coordinate of an EC key, base64url, or null. */
  public String getY() {
    return y;
  }

  @Override
  public String toString() {
    return "Jwk{kid=" + kid + ", kty=" + kty + ", alg=" + alg + ", use=" + use + "}";
  }
}
