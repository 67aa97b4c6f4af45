package io.clerkservlet.benchmarks;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.benchmarks.peers.JdkJacksonVerifier;
import io.clerkservlet.benchmarks.peers.PeerVerifiers;
import io.clerkservlet.testkit.ClerkSigningKeys;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every peer verifying the same session token with the same RSA key, in one JMH run: the floor (the
 * JDK's bare verify on pre-decoded bytes), clerk-servlet's cold {@code verifyToken} (repeat-token
 * cache off, JWKS cached), a hand-written JDK + Jackson path, nimbus-jose-jwt, jjwt, auth0 java-jwt
 * and the official Clerk Java SDK ({@code com.clerk:backend-api}, networkless PEM key). Single
 * thread, 2 forks × (10 × 2 s warm-up + 5 × 2 s), {@code -Xms2g -Xmx2g}; run with {@code -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PeerVerifyBench {

  /** The fake (key and token), each peer configured once. */
  @State(Scope.Benchmark)
  public static class Peers {
    BenchFixture fixture;
    String token;
    ClerkClient clerkServlet;
    final VerifyTokenOptions clerkServletOptions = BenchFixture.verifyOptions();
    JdkJacksonVerifier jdkJackson;
    DefaultJWTProcessor<SecurityContext> nimbus;
    JwtParser jjwt;
    JWTVerifier auth0;
    com.clerk.backend_api.helpers.security.models.VerifyTokenOptions clerkSdkOptions;
    RSAPublicKey publicKey;

    /** Starts the fake, signs one token and configures every verifier on its key. */
    @Setup(Level.Trial)
    public void start() throws Exception {
      fixture = new BenchFixture();
      token = fixture.sessionToken();
      ClerkSigningKeys.SigningKey key = fixture.fake().signingKeys().current();
      publicKey = key.publicKey();
      String issuer = BenchFixture.claim(token, "iss");
      clerkServlet = fixture.sessionClient(false);
      clerkServlet.verifyToken(token, clerkServletOptions);
      jdkJackson = new JdkJacksonVerifier(Collections.singletonMap(key.kid(), publicKey), issuer,
          BenchFixture.AZP);
      nimbus = PeerVerifiers.nimbus(publicKey, key.kid(), issuer, BenchFixture.AZP);
      jjwt = PeerVerifiers.jjwt(publicKey, issuer, BenchFixture.AZP);
      auth0 = PeerVerifiers.auth0(publicKey, issuer, BenchFixture.AZP);
      clerkSdkOptions = PeerVerifiers.clerkSdk(key.publicKeyPem(), BenchFixture.AZP);
    }

    /** Stops the fake. */
    @TearDown(Level.Trial)
    public void stop() {
      BenchFixture.report("PeerVerifyBench fork: token length " + token.length() + " chars; JWKS calls "
          + fixture.jwksCalls() + " (1 expected)");
      fixture.close();
    }
  }

  /** The floor's own state: one {@link Signature} per thread, {@code initVerify} once. */
  @State(Scope.Thread)
  public static class Floor extends FloorState {
    /** Decodes the token once. */
    @Setup(Level.Trial)
    public void init(Peers peers) throws Exception {
      prepare(peers.token, peers.publicKey);
    }
  }

  /** a1: the JDK's RSA verify alone. */
  @Benchmark
  public boolean floorJdkSignature(Floor floor) throws Exception {
    floor.signature.update(floor.signingInput);
    if (!floor.signature.verify(floor.signatureBytes)) {
      throw new IllegalStateException("floor signature did not verify");
    }
    return true;
  }

  /** clerk-servlet {@code verifyToken}, repeat-token cache off: every call decodes and verifies. */
  @Benchmark
  public Map<String, Object> clerkServletVerifyToken(Peers peers) {
    return peers.clerkServlet.verifyToken(peers.token, peers.clerkServletOptions);
  }

  /** a2: hand-written JDK + Jackson. */
  @Benchmark
  public JsonNode jdkJackson(Peers peers) throws Exception {
    return peers.jdkJackson.verify(peers.token);
  }

  /** nimbus-jose-jwt {@code DefaultJWTProcessor}. */
  @Benchmark
  public JWTClaimsSet nimbusJoseJwt(Peers peers) throws Exception {
    return peers.nimbus.process(peers.token, null);
  }

  /** jjwt {@code parseSignedClaims}, then sub and sid present. */
  @Benchmark
  public Claims jjwt(Peers peers) {
    Jws<Claims> jws = peers.jjwt.parseSignedClaims(peers.token);
    Claims claims = jws.getPayload();
    if (claims.getSubject() == null || claims.get("sid") == null) {
      throw new IllegalStateException("sub/sid missing");
    }
    return claims;
  }

  /** auth0 java-jwt {@code JWTVerifier.verify}. */
  @Benchmark
  public DecodedJWT auth0JavaJwt(Peers peers) {
    return peers.auth0.verify(peers.token);
  }

  /** The official Clerk Java SDK: {@code VerifyToken.verifyToken} with the PEM key (no network). */
  @Benchmark
  public Object clerkJavaSdk(Peers peers) throws Exception {
    return com.clerk.backend_api.helpers.security.VerifyToken.verifyToken(peers.token, peers.clerkSdkOptions);
  }
}
