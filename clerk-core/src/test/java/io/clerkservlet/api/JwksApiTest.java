package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.Jwk;
import io.clerkservlet.model.Jwks;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.ClerkSigningKeys;
import java.math.BigInteger;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JwksApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @Test
  void getReturnsTheInstancesRsaKeysWithTheirModulusAndExponent() {
    ClerkSigningKeys.SigningKey current = clerk.fake().signingKeys().current();

    Jwks jwks = clerk.client().jwks().get();

    assertThat(jwks.getKeys()).hasSize(1);
    Jwk key = jwks.findKey(current.kid());
    assertThat(key.getKty()).isEqualTo("RSA");
    assertThat(key.getAlg()).isEqualTo("RS256");
    assertThat(key.getUse()).isEqualTo("sig");
    assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(key.getN())))
        .isEqualTo(current.publicKey().getModulus());
    assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(key.getE())))
        .isEqualTo(current.publicKey().getPublicExponent());
    assertThat(key.getCrv()).isNull();
    assertThat(jwks.findKey("unknown")).isNull();
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks").get(0).requestHeader("Authorization"))
        .isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void getAfterRotationListsOldAndNewKeys() {
    String oldKid = clerk.fake().signingKeys().current().kid();
    String newKid = clerk.fake().signingKeys().rotate().kid();

    assertThat(clerk.client().jwks().get().getKeys()).extracting(Jwk::getKid)
        .containsExactly(oldKid, newKid);
  }

  @Test
  void getWithAWrongSecretKeyIs401() {
    try (ClerkClient wrong = clerk.clientBuilder().secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.jwks().get())
          .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
    }
  }
}
