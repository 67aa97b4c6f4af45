package io.clerkservlet.internal.jwt;

import static io.clerkservlet.internal.jwt.JsValues.stringify;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code @clerk/backend}'s {@code verifyJwt} check order, first failure wins: {@code typ},
 * {@code alg}, signature (before any claim, so claims are never an oracle), then {@code sub},
 * {@code aud}, {@code azp}, {@code iss}, {@code exp}, {@code nbf}, {@code iat}.
 */
public final class JwtVerifier {
  private static final String ENSURE = TokenVerificationException.ACTION_ENSURE_CLERK_JWT;

  private JwtVerifier() {
  }

  /** Checks {@code typ} and {@code alg}; returns the algorithm. */
  public static String checkHeader(DecodedJwt jwt, List<String> headerType) {
    Map<String, Object> header = jwt.header();
    boolean hasTyp = header.containsKey("typ");
    if (hasTyp || headerType != null) {
      List<String> allowed = headerType != null ? headerType : Collections.singletonList("JWT");
      Object typ = header.get("typ");
      if (!(typ instanceof String) || !allowed.contains(typ)) {
        throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID,
            "Invalid JWT type " + stringify(typ, hasTyp) + ". Expected \"" + String.join(", ", allowed)
                + "\".", ENSURE);
      }
    }
    Object alg = header.get("alg");
    if (!JwtAlgorithms.isSupported(alg)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_ALGORITHM,
          "Invalid JWT algorithm " + stringify(alg, header.containsKey("alg")) + ". Supported: "
              + JwtAlgorithms.SUPPORTED + ".", ENSURE);
    }
    return (String) alg;
  }

  /**
   * Verifies header, signature and claims.
   *
   * @return the claims
   * @throws TokenVerificationException on the first failed check
   */
  public static Map<String, Object> verify(DecodedJwt jwt, RSAPublicKey key, VerifyTokenOptions options,
      long nowMillis) {
    String alg = checkHeader(jwt, options.getHeaderType());
    JwtAlgorithms.verifySignature(jwt, alg, key);
    checkClaims(jwt.payload(), options, nowMillis);
    return jwt.payload();
  }

  /** The claim checks alone, for tokens whose signature was already verified. */
  public static void checkClaims(Map<String, Object> claims, VerifyTokenOptions options, long nowMillis) {
    checkSubject(claims);
    JwtClaimChecks.audience(claims, options.getAudience());
    JwtClaimChecks.authorizedParty(claims, options.getAuthorizedParties());
    JwtClaimChecks.issuer(claims, options.getIssuer());
    long skew = options.getClockSkew().toMillis();
    JwtClaimChecks.expiration(claims, skew, nowMillis);
    JwtClaimChecks.notBefore(claims, skew, nowMillis);
    JwtClaimChecks.issuedAt(claims, skew, nowMillis);
  }

  private static void checkSubject(Map<String, Object> claims) {
    Object sub = claims.get("sub");
    if (!(sub instanceof String)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED,
          "Subject claim (sub) is required and must be a string. Received "
              + stringify(sub, claims.containsKey("sub")) + ".", ENSURE);
    }
  }
}
