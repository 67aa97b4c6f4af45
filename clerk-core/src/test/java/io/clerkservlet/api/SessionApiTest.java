package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.model.Session;
import io.clerkservlet.model.SessionRefresh;
import io.clerkservlet.model.SessionToken;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.FakeSession;
import io.clerkservlet.testkit.RecordedExchange;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private String userId;
  private FakeSession seeded;

  @BeforeEach
  void seed() {
    userId = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    seeded = clerk.fake().createSession(userId);
  }

  private SessionApi sessions() {
    return clerk.client().sessions();
  }

  @Test
  void getSessionReadsEveryField() {
    Session session = sessions().getSession(seeded.getSessionId());

    assertThat(session.getId()).startsWith("sess_").isEqualTo(seeded.getSessionId());
    assertThat(session.getUserId()).isEqualTo(userId);
    assertThat(session.getClientId()).startsWith("client_").isEqualTo(seeded.getClientId());
    assertThat(session.getStatus()).isEqualTo("active");
    assertThat(session.getActor()).isEmpty();
    assertThat(session.getLastActiveOrganizationId()).isNull();
    assertThat(session.getExpireAt()).isGreaterThan(session.getCreatedAt());
    assertThat(session.getAbandonAt()).isGreaterThan(session.getExpireAt());
    assertThat(session.getLastActiveAt()).isEqualTo(session.getCreatedAt());
  }

  @Test
  void getSessionWhenUnknownThen404() {
    assertThatThrownBy(() -> sessions().getSession("sess_unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void getSessionListFiltersByUserAndStatusNewestFirst() {
    FakeSession second = clerk.fake().createSession(userId);
    sessions().revokeSession(seeded.getSessionId());

    PaginatedResourceResponse<Session> all = sessions().getSessionList(
        ListSessionsParams.builder().userId(userId).build());
    PaginatedResourceResponse<Session> active = sessions().getSessionList(
        ListSessionsParams.builder().userId(userId).status("active").limit(5).build());

    assertThat(all.getData()).extracting(Session::getId)
        .containsExactly(second.getSessionId(), seeded.getSessionId());
    assertThat(active.getData()).extracting(Session::getId).containsExactly(second.getSessionId());
    assertThat(clerk.fake().exchanges("GET", "/v1/sessions").get(1).getRawQuery())
        .isEqualTo("user_id=" + userId + "&status=active&limit=5");
  }

  @Test
  void revokeSessionAnswersTheRevokedSession() {
    Session revoked = sessions().revokeSession(seeded.getSessionId());

    assertThat(revoked.getStatus()).isEqualTo("revoked");
    assertThat(sessions().getSession(seeded.getSessionId()).getStatus()).isEqualTo("revoked");
  }

  @Test
  void getTokenMintsASessionJwtSignedByTheInstanceWithNoBody() throws Exception {
    SessionToken token = sessions().getToken(seeded.getSessionId());

    JsonNode header = part(token.getJwt(), 0);
    JsonNode claims = part(token.getJwt(), 1);
    assertThat(token.getObject()).isEqualTo("token");
    assertThat(header.get("kid").asText()).isEqualTo(clerk.fake().signingKeys().current().kid());
    assertThat(claims.get("sid").asText()).isEqualTo(seeded.getSessionId());
    assertThat(claims.get("sub").asText()).isEqualTo(userId);
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(60);
    assertThat(token.toString()).doesNotContain(token.getJwt());
    RecordedExchange call = clerk.fake()
        .exchanges("POST", "/v1/sessions/" + seeded.getSessionId() + "/tokens").get(0);
    assertThat(call.getRequestBody()).isEmpty();
  }

  @Test
  void getTokenWithTemplateAndLifetimeUsesTheTemplatePathAndBody() throws Exception {
    SessionToken token = sessions().getToken(seeded.getSessionId(), "hasura", 120L);

    JsonNode claims = part(token.getJwt(), 1);
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(120);
    assertThat(part(token.getJwt(), 0).get("cat").asText()).isEqualTo("cl_B7d4PD222AAA");
    RecordedExchange call = clerk.fake()
        .exchanges("POST", "/v1/sessions/" + seeded.getSessionId() + "/tokens/hasura").get(0);
    assertThat(call.getRequestBody()).isEqualTo("{\"expires_in_seconds\":120}");
  }

  @Test
  void getTokenRefusesALifetimeOutsideClerksRangeBeforeAnyCall() {
    assertThatThrownBy(() -> sessions().getToken(seeded.getSessionId(), null, 29L))
        .hasMessage("expiresInSeconds must be between 30 and 315360000");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void refreshSessionAsTokenAnswersANewJwtForTheSession() throws Exception {
    String expired = sessions().getToken(seeded.getSessionId()).getJwt();

    SessionRefresh refreshed = sessions().refreshSession(seeded.getSessionId(), refresh(expired)
        .build());

    assertThat(refreshed.isCookies()).isFalse();
    assertThat(refreshed.getCookies()).isEmpty();
    assertThat(part(refreshed.getSessionToken(), 1).get("azp").asText()).isEqualTo("https://app.example.com");
    assertThat(refreshed.getJwt()).isEqualTo(refreshed.getSessionToken());
  }

  @Test
  void refreshSessionAsCookiesSendsTheJsBodyAndReadsTheSessionCookie() throws Exception {
    String expired = sessions().getToken(seeded.getSessionId()).getJwt();

    SessionRefresh refreshed = sessions().refreshSession(seeded.getSessionId(), refresh(expired)
        .format(RefreshSessionParams.Format.COOKIE).suffixedCookies(true)
        .requestHeaders(Map.of("user-agent", List.of("test"))).build());

    assertThat(refreshed.getObject()).isEqualTo("cookies");
    assertThat(refreshed.getCookies()).hasSize(2);
    assertThat(refreshed.getCookies().get(0)).startsWith("__session_");
    assertThat(part(refreshed.getSessionToken(), 1).get("sid").asText()).isEqualTo(seeded.getSessionId());
    assertThat(refreshed.toString()).doesNotContain(refreshed.getSessionToken());
    RecordedExchange call = clerk.fake()
        .exchanges("POST", "/v1/sessions/" + seeded.getSessionId() + "/refresh").get(0);
    assertThat(call.getRawQuery()).isEqualTo("suffixed_cookies=true");
    assertThat(call.getRequestBody()).isEqualTo("{\"expired_token\":\"" + expired + "\",\"refresh_token\":\""
        + seeded.getRefreshToken() + "\",\"request_origin\":\"https://app.example.com\","
        + "\"request_headers\":{\"user-agent\":[\"test\"]},\"format\":\"cookie\"}");
  }

  @Test
  void refreshSessionWithAWrongRefreshTokenIs401() {
    String expired = sessions().getToken(seeded.getSessionId()).getJwt();

    assertThatThrownBy(() -> sessions().refreshSession(seeded.getSessionId(),
        RefreshSessionParams.builder().expiredToken(expired).refreshToken("wrong")
            .requestOrigin("https://app.example.com").build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
  }

  @Test
  void refreshSessionWithATokenOfAnotherSessionIs401() {
    FakeSession other = clerk.fake().createSession(userId);
    String foreign = sessions().getToken(other.getSessionId()).getJwt();

    assertThatThrownBy(() -> sessions().refreshSession(seeded.getSessionId(), refresh(foreign).build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
  }

  private RefreshSessionParams.Builder refresh(String expiredToken) {
    return RefreshSessionParams.builder().expiredToken(expiredToken)
        .refreshToken(seeded.getRefreshToken()).requestOrigin("https://app.example.com");
  }

  private static JsonNode part(String jwt, int index) throws Exception {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
  }
}
