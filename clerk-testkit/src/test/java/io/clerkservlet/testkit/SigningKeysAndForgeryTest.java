package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SigningKeysAndForgeryTest {
  private final FakeClerkBackend fake = FakeClerkBackend.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void rotationKeepsOldKidsPublishedUntilRetired() {
    ClerkSigningKeys keys = fake.signingKeys();
    String oldKid = keys.current().kid();
    String oldToken = fake.tokens().sessionToken("user_1").sign();

    String newKid = keys.rotate().kid();
    String newToken = fake.tokens().sessionToken("user_1").sign();

    assertThat(kids(Jwks.fetch(fake))).containsExactly(oldKid, newKid);
    assertThat(Jwks.header(newToken)).containsEntry("kid", newKid);
    assertThat(Jwks.verifies(fake, oldToken)).isTrue();
    assertThat(Jwks.verifies(fake, newToken)).isTrue();

    keys.retireOldest();

    assertThat(kids(Jwks.fetch(fake))).containsExactly(newKid);
    assertThat(Jwks.verifies(fake, oldToken)).isFalse();
    assertThat(Jwks.verifies(fake, newToken)).isTrue();
  }

  @Test
  void retireByKidRemovesThatKeyButNeverTheLastOne() {
    ClerkSigningKeys keys = fake.signingKeys();
    String first = keys.current().kid();
    String second = keys.rotate().kid();

    assertThat(keys.retire(second)).isTrue();
    assertThat(keys.current().kid()).isEqualTo(first);
    assertThat(keys.retire(first)).isFalse();
    assertThat(keys.retire("ins_unknown")).isFalse();
    assertThat(kids(Jwks.fetch(fake))).containsExactly(first);
  }

  @Test
  void jwtKeyPemIsTheCurrentPublicKeyAndVerifiesTokensWithoutNetwork() throws Exception {
    String token = fake.tokens().sessionToken("user_1").sign();
    String pem = fake.jwtKeyPem();

    assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    RSAPublicKey fromPem = (RSAPublicKey) KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    assertThat(fromPem).isEqualTo(fake.signingKeys().current().publicKey());
    assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(fromPem))).isTrue();

    fake.signingKeys().rotate();
    assertThat(fake.jwtKeyPem()).isNotEqualTo(pem);
  }

  @Test
  void corruptedSignatureDoesNotVerify() {
    String token = fake.tokens().sessionToken("user_1").corruptSignature().sign();

    assertThat(Jwks.verifies(fake, token)).isFalse();
  }

  @Test
  void tokenSignedWithAnotherInstanceKeyDoesNotVerifyUnderTheCurrentKid() {
    ClerkSigningKeys other = new ClerkSigningKeys("ins_other");
    String sameKid = fake.tokens().sessionToken("u").signedWith(other.current().privateKey()).sign();
    String otherKid = fake.tokens().sessionToken("u").signedWith(other.current()).sign();

    assertThat(Jwks.header(sameKid)).containsEntry("kid", fake.signingKeys().current().kid());
    assertThat(Jwks.verifies(fake, sameKid)).isFalse();
    assertThat(Jwks.header(otherKid)).containsEntry("kid", other.current().kid());
    assertThat(Jwks.fetch(fake).getKeyByKeyId(other.current().kid())).isNull();
  }

  @Test
  void forgedKidIsWrittenAsGiven() {
    String token = fake.tokens().sessionToken("u").kid("ins_forged").sign();

    assertThat(Jwks.header(token)).containsEntry("kid", "ins_forged");
    assertThat(Jwks.verifies(fake, token)).isFalse();
  }

  @Test
  void noneAlgorithmGivesAnEmptySignatureAndHmacSignsWithTheGivenSecret() throws Exception {
    String none = fake.tokens().sessionToken("u").algorithm("none").sign();
    byte[] secret = fake.jwtKeyPem().getBytes(StandardCharsets.US_ASCII);
    String hs = fake.tokens().sessionToken("u").hmacSigned(secret).sign();

    assertThat(none).endsWith(".");
    assertThat(Jwks.header(none)).containsEntry("alg", "none");
    assertThat(Jwks.header(hs)).containsEntry("alg", "HS256");
    assertThat(SignedJWT.parse(hs).verify(new MACVerifier(secret))).isTrue();
  }

  @Test
  void tokensFollowTheInjectedClockAndExplicitTimes() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    ClerkTokens tokens = new ClerkTokens(new ClerkSigningKeys("ins_clock"), "clerk.example.test",
        Clock.offset(Clock.fixed(start, ZoneOffset.UTC), Duration.ofMinutes(10)));
    long t = start.plusSeconds(600).getEpochSecond();

    assertThat(Jwks.claims(tokens.sessionToken("u").sign())).containsEntry("iat", t)
        .containsEntry("nbf", t - 10).containsEntry("exp", t + 60)
        .containsEntry("iss", "https://clerk.example.test");
    assertThat(Jwks.claims(tokens.sessionToken("u").issuedAt(start).lifetime(Duration.ofHours(1))
        .notBefore(start.plusSeconds(5)).sign())).containsEntry("iat", start.getEpochSecond())
        .containsEntry("nbf", start.getEpochSecond() + 5)
        .containsEntry("exp", start.getEpochSecond() + 3600);
    assertThat(Jwks.claims(tokens.m2mJwt("mch_1").expiresAt(start).sign()))
        .containsEntry("exp", start.getEpochSecond()).containsEntry("iat", t);
  }

  @Test
  void requiredIdsAreChecked() {
    ClerkTokens tokens = fake.tokens();

    assertThatThrownBy(() -> tokens.sessionToken(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("userId is required");
    assertThatThrownBy(() -> tokens.oauthJwt("u", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("clientId is required");
  }

  private static List<String> kids(JWKSet set) {
    return set.getKeys().stream().map(JWK::getKeyID).collect(Collectors.toList());
  }
}
