package io.clerkservlet.internal.jwt;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;

/**
 * RS256/RS384/RS512 with the JDK's {@code Signature}; nothing else is accepted in a header. Every
 * Clerk key is bound to RS256 (RFC 8725 §3.1, one algorithm per key), as {@code @clerk/backend}
 * imports every key for RS256: RS384 and RS512 pass the header check, then fail at the key.
 */
public final class JwtAlgorithms {
  /** The accepted header algorithms, in {@code @clerk/backend}'s order. */
  public static final String SUPPORTED = "RS256,RS384,RS512";
  /** The one algorithm every key verifies. */
  public static final String KEY_ALGORITHM = "RS256";
  /** The key-import error {@code @clerk/backend} reports when a token's {@code alg} is not its key's. */
  static final String KEY_ALGORITHM_MISMATCH = "Error: JWK \"alg\" does not match the requested algorithm";
  /** The smallest RSA modulus accepted, in bits (RFC 8725 §3.5 / NIST). */
  public static final int MIN_RSA_BITS = 2048;

  private JwtAlgorithms() {
  }

  /** True for RS256, RS384 and RS512. */
  public static boolean isSupported(Object alg) {
    return "RS256".equals(alg) || "RS384".equals(alg) || "RS512".equals(alg);
  }

  /**
   * True when a key may verify a token of {@code alg}: the token's algorithm is RS256, and so is
   * the key's ({@code keyAlgorithm} null, as for a PEM {@code jwtKey}, counts as RS256).
   */
  static boolean keyVerifies(String keyAlgorithm, String alg) {
    return KEY_ALGORITHM.equals(alg) && (keyAlgorithm == null || KEY_ALGORITHM.equals(keyAlgorithm));
  }

  /**
   * Checks the signature of the token with the key.
   *
   * @throws TokenVerificationException {@code token-invalid-signature} when it does not match,
   *     {@code token-verification-failed} when the key cannot be used
   */
  static void verifySignature(DecodedJwt jwt, String alg, RSAPublicKey key) {
    if (key.getModulus().bitLength() < MIN_RSA_BITS) {
      throw failed("RSA key is shorter than " + MIN_RSA_BITS + " bits");
    }
    boolean valid;
    try {
      valid = Verifiers.verify(jcaName(alg), key, jwt.signingInput(), jwt.signature());
    } catch (SignatureException e) {
      valid = false;
    } catch (InvalidKeyException | NoSuchAlgorithmException e) {
      throw failed(e.getMessage());
    }
    if (!valid) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE,
          "JWT signature is invalid.", null);
    }
  }

  /** {@code token-verification-failed}: "Error verifying JWT signature. " and the detail. */
  static TokenVerificationException failed(String detail) {
    return new TokenVerificationException(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
        "Error verifying JWT signature. " + detail, TokenVerificationException.ACTION_ENSURE_CLERK_JWT);
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
