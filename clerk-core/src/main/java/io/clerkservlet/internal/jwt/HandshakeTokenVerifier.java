package io.clerkservlet.internal.jwt;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.internal.keys.ResolvedKey;
import java.util.Map;

/**
 * {@code @clerk/backend}'s {@code verifyHandshakeToken}: decode, resolve the instance key, then
 * {@code typ}, {@code alg}, the category (session, ignore or none), the key's RS256 binding and
 * the signature. There are no claim checks: the payload's {@code handshake} array holds
 * {@code Set-Cookie} values.
 */
public final class HandshakeTokenVerifier {
  private static final String SESSION = "cl_B7d4PD111AAA";
  private static final String IGNORE = "cl_I7d4PD111III";
  private static final String HANDSHAKE_FAILED = "Error verifying handshake token. ";

  private HandshakeTokenVerifier() {
  }

  /**
   * Verifies a handshake token with the options' keys (else the verifier's) and returns its payload.
   *
   * @throws TokenVerificationException on any failure
   */
  public static Map<String, Object> verify(String token, SessionTokenVerifier keys, VerifyTokenOptions options) {
    DecodedJwt jwt = JwtDecoder.decode(token);
    ResolvedKey key = keys.resolve(jwt, options);
    String alg = JwtVerifier.checkHeader(jwt, null);
    Map<String, Object> header = jwt.header();
    Object cat = header.get("cat");
    if (header.containsKey("cat") && !SESSION.equals(cat) && !IGNORE.equals(cat)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID,
          "Invalid handshake token category.", TokenVerificationException.ACTION_ENSURE_CLERK_JWT);
    }
    if (!JwtAlgorithms.keyVerifies(key.algorithm(), alg)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
          HANDSHAKE_FAILED + JwtAlgorithms.KEY_ALGORITHM_MISMATCH, null);
    }
    try {
      JwtAlgorithms.verifySignature(jwt, alg, key.publicKey());
    } catch (TokenVerificationException e) {
      if (e.getReason() == TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE) {
        throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_SIGNATURE,
            "Handshake signature is invalid.", null);
      }
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
          HANDSHAKE_FAILED + e.getMessage(), null, e);
    }
    return jwt.payload();
  }
}
