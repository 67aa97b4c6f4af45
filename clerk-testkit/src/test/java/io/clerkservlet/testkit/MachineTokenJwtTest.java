package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MachineTokenJwtTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final long T = NOW.getEpochSecond();

  private final FakeClerkBackend fake = FakeClerkBackend.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void m2mJwtHasTheM2MCategoryAndExactlyTheRequestedClaims() {
    String token = fake.tokens().m2mJwt("mch_worker").tokenId("mt_1").scopes("mch_a", "mch_b")
        .customClaims(Map.of("job", "nightly")).sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).containsExactly(entry("alg", "RS256"),
        entry("kid", fake.signingKeys().current().kid()), entry("typ", "JWT"),
        entry("cat", "cl_B7d4PD333AAA"));
    assertThat(Jwks.claims(token)).containsExactly(entry("job", "nightly"),
        entry("iss", "https://" + fake.frontendApi()), entry("sub", "mch_worker"),
        entry("jti", "mt_1"), entry("iat", T), entry("nbf", T), entry("exp", T + 3600),
        entry("scopes", "mch_a mch_b"));
  }

  @Test
  void m2mJwtReservedClaimsWinOverCustomClaimsButClaimOverridesThem() {
    String token = fake.tokens().m2mJwt("mch_worker").customClaims(Map.of("sub", "mch_evil"))
        .claim("iss", "https://other.example.test").sign();

    assertThat(Jwks.claims(token)).containsEntry("sub", "mch_worker")
        .containsEntry("iss", "https://other.example.test").doesNotContainKey("scopes");
    assertThat((String) Jwks.claims(token).get("jti")).matches("mt_[0-9a-f]{32}");
  }

  @Test
  void jwtCreatedThroughTheFakeHasTheSameShapeAsTheBuilder() throws Exception {
    MachineCredentials machine = fake.createMachine("worker");
    MachineCredentials peer = fake.createMachine("peer");
    fake.allowMachineToCall(machine.getId(), peer.getId());

    JsonNode created = createJwt(machine,
        "{\"token_format\":\"jwt\",\"seconds_until_expiration\":120,\"claims\":{\"job\":\"x\"}}");
    String token = created.get("token").asText();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).isEqualTo(Jwks.header(fake.tokens().m2mJwt("x").sign()));
    assertThat(Jwks.claims(token)).containsExactly(entry("job", "x"),
        entry("iss", "https://" + fake.frontendApi()), entry("sub", machine.getId()),
        entry("jti", created.get("id").asText()), entry("iat", T), entry("nbf", T),
        entry("exp", T + 120), entry("scopes", peer.getId()));
  }

  @Test
  void oauthJwtHasAtJwtTypeAndTheScpArray() {
    String token = fake.tokens().oauthJwt("user_1", "client_1").tokenId("oat_1")
        .scopes("email", "profile").sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).containsOnly(entry("alg", "RS256"),
        entry("kid", fake.signingKeys().current().kid()), entry("typ", "at+jwt"));
    assertThat(Jwks.claims(token)).containsExactly(
        entry("iss", "https://" + fake.frontendApi()), entry("sub", "user_1"),
        entry("client_id", "client_1"), entry("jti", "oat_1"), entry("iat", T), entry("nbf", T),
        entry("exp", T + 3600), entry("scp", Arrays.asList("email", "profile")));
  }

  @Test
  void oauthJwtCanCarryTheScopeStringInstead() {
    Map<String, Object> claims = Jwks.claims(fake.tokens().oauthJwt("user_1", "client_1")
        .scopeString("email", "profile").lifetime(Duration.ofMinutes(5)).sign());

    assertThat(claims).containsEntry("scope", "email profile").doesNotContainKey("scp")
        .containsEntry("exp", T + 300);
    assertThat((String) claims.get("jti")).matches("oat_[0-9a-f]{32}");
  }

  @Test
  void jwtTemplateTokenCarriesTheTemplateCategoryAndCustomClaims() {
    String token = fake.tokens().jwtTemplate("user_1").claim("aud", "convex").sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.header(token)).containsEntry("cat", "cl_B7d4PD222AAA");
    assertThat(Jwks.claims(token)).containsExactly(entry("iss", "https://" + fake.frontendApi()),
        entry("iat", T), entry("nbf", T), entry("exp", T + 60), entry("sub", "user_1"),
        entry("aud", "convex"));
  }

  @Test
  void handshakeTokenCarriesOnlyTheSetCookieDirectives() {
    List<String> cookies = Arrays.asList("__session=abc; Path=/", "__client_uat=1; Path=/");
    String token = fake.tokens().handshakeToken(cookies).sign();

    assertThat(Jwks.verifies(fake, token)).isTrue();
    assertThat(Jwks.claims(token)).containsExactly(entry("handshake", cookies));
  }

  private JsonNode createJwt(MachineCredentials machine, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/m2m_tokens"))
        .header("Authorization", "Bearer " + machine.getSecretKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(201);
    return new ObjectMapper().readTree(response.body());
  }
}
