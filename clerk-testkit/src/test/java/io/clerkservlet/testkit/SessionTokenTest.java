package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionTokenTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final long T = NOW.getEpochSecond();

  private final FakeClerkBackend fake = FakeClerkBackend.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void sessionTokenVerifiesAgainstJwksOverHttpAndHasExactlyTheDefaultClaims() {
    String token = fake.tokens().sessionToken("user_1").sessionId("sess_1").sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).containsExactly(entry("alg", "RS256"),
        entry("kid", fake.signingKeys().current().kid()), entry("typ", "JWT"));
    assertThat(Jwks.claims(token)).containsOnly(
        entry("iss", "https://" + fake.frontendApi()), entry("sub", "user_1"),
        entry("sid", "sess_1"), entry("iat", T), entry("nbf", T - 10), entry("exp", T + 60));
  }

  @Test
  void sessionTokenGetsAFreshSessionIdByDefault() {
    Map<String, Object> first = Jwks.claims(fake.tokens().sessionToken("user_1").sign());
    Map<String, Object> second = Jwks.claims(fake.tokens().sessionToken("user_1").sign());

    assertThat((String) first.get("sid")).matches("sess_[A-Za-z0-9]{27}");
    assertThat(first.get("sid")).isNotEqualTo(second.get("sid"));
  }

  @Test
  void sessionTokenV2CarriesOrganizationFeaturesPlansAndSessionClaims() {
    String token = fake.tokens().sessionToken("user_2").sessionId("sess_2")
        .authorizedParty("https://app.example.test").category(ClerkTokens.CATEGORY_SESSION)
        .organization("org_1", "acme", "admin").organizationPermissions("read,manage", "3")
        .features("o:reservations,o:impersonation").plans("u:free,o:pro")
        .factorVerificationAge(5, -1).sessionStatus("active").actor("user_admin").sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).containsEntry("cat", "cl_B7d4PD111AAA");
    assertThat(Jwks.claims(token)).containsOnly(
        entry("iss", "https://" + fake.frontendApi()), entry("sub", "user_2"),
        entry("sid", "sess_2"), entry("azp", "https://app.example.test"),
        entry("iat", T), entry("nbf", T - 10), entry("exp", T + 60),
        entry("act", Map.of("sub", "user_admin")), entry("fva", Arrays.asList(5L, -1L)),
        entry("sts", "active"), entry("v", 2L),
        entry("o", Map.of("id", "org_1", "slg", "acme", "rol", "admin", "per", "read,manage",
            "fpm", "3")),
        entry("fea", "o:reservations,o:impersonation"), entry("pla", "u:free,o:pro"));
  }

  @Test
  void sessionTokenV1CarriesTheFlatOrganizationClaimsWithoutVersion() {
    String token = fake.tokens().sessionToken("user_3").sessionId("sess_3")
        .v1Organization("org_9", "globex", "org:member", Arrays.asList("org:sys_profile:read"))
        .actor(Map.of("sub", "agent_1", "type", "agent")).sign();

    Map<String, Object> claims = Jwks.claims(token);
    assertThat(claims).doesNotContainKeys("v", "o")
        .containsEntry("org_id", "org_9").containsEntry("org_slug", "globex")
        .containsEntry("org_role", "org:member")
        .containsEntry("org_permissions", Arrays.asList("org:sys_profile:read"))
        .containsEntry("act", Map.of("sub", "agent_1", "type", "agent"));
  }

  @Test
  void versionTwoWithoutClaimsWritesOnlyTheVersion() {
    Map<String, Object> claims = Jwks.claims(fake.tokens().sessionToken("u").version2().sign());

    assertThat(claims).containsEntry("v", 2L).doesNotContainKeys("o", "fea", "pla");
  }

  @Test
  void rs384AndRs512TokensVerifyWithTheSameJwksKey() {
    for (String alg : Arrays.asList("RS384", "RS512")) {
      String token = fake.tokens().sessionToken("user_1").algorithm(alg).sign();

      assertThat(Jwks.header(token)).containsEntry("alg", alg);
      assertThat(Jwks.verifies(fake, token)).as(alg).isTrue();
    }
  }

  @Test
  void extraClaimsOverrideAndRemovedClaimsAreAbsent() {
    String token = fake.tokens().sessionToken("user_1").claim("sub", 42).claim("custom", null)
        .claim("email", "a@example.test").withoutClaim("sid").withoutClaim("nbf").sign();

    Map<String, Object> claims = Jwks.claims(token);
    assertThat(claims).containsEntry("sub", 42L).containsEntry("email", "a@example.test")
        .containsKey("custom").doesNotContainKeys("sid", "nbf");
    assertThat(claims.get("custom")).isNull();
    assertThat(Jwks.verifies(fake, token)).isTrue();
  }

  @Test
  void headerOverridesAndRemovalsAreSigned() {
    String token = fake.tokens().sessionToken("user_1").type(null).header("x5u", "https://x")
        .withoutHeader("kid").sign();

    assertThat(Jwks.header(token)).containsOnly(entry("alg", "RS256"), entry("x5u", "https://x"));
  }
}
