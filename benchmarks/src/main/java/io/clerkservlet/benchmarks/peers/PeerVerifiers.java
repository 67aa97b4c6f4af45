package io.clerkservlet.benchmarks.peers;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HashSet;

/**
 * The peers of the perf anchors, configured once as an application would (same checks as there):
 * nimbus-jose-jwt, jjwt, auth0 java-jwt and the official Clerk Java SDK.
 */
public final class PeerVerifiers {
  /** Clock skew every peer is given, in seconds. */
  public static final int SKEW_SECONDS = 5;

  private PeerVerifiers() {
  }

  /** nimbus-jose-jwt: {@code DefaultJWTProcessor}, immutable JWK set, exact iss and azp, required claims. */
  public static DefaultJWTProcessor<SecurityContext> nimbus(RSAPublicKey key, String kid, String issuer,
      String azp) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    RSAKey jwk = new RSAKey.Builder(key).keyID(kid).build();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(new JWKSet(jwk))));
    DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
        new JWTClaimsSet.Builder().issuer(issuer).claim("azp", azp).build(),
        new HashSet<>(Arrays.asList("sub", "sid", "exp", "nbf", "iat")));
    claims.setMaxClockSkew(SKEW_SECONDS);
    p.setJWTClaimsSetVerifier(claims);
    return p;
  }

  /** jjwt: a parser built once, issuer and azp required. */
  public static JwtParser jjwt(RSAPublicKey key, String issuer, String azp) {
    return Jwts.parser().verifyWith(key).requireIssuer(issuer).require("azp", azp)
        .clockSkewSeconds(SKEW_SECONDS).build();
  }

  /** auth0 java-jwt: a {@code JWTVerifier} built once. */
  public static JWTVerifier auth0(RSAPublicKey key, String issuer, String azp) {
    return JWT.require(Algorithm.RSA256(key, null)).withIssuer(issuer).withClaim("azp", azp)
        .withClaimPresence("sub").withClaimPresence("sid").acceptLeeway(SKEW_SECONDS).build();
  }

  /** The Clerk Java SDK's networkless options: the PEM key and the authorized party. */
  public static com.clerk.backend_api.helpers.security.models.VerifyTokenOptions clerkSdk(String pem,
      String azp) {
    return com.clerk.backend_api.helpers.security.models.VerifyTokenOptions.Builder.withJwtKey(pem)
        .authorizedParty(azp).build();
  }
}
