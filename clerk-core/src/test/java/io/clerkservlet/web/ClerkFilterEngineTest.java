package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import io.clerkservlet.api.CreateApiKeyParams;
import io.clerkservlet.auth.SignedOutAuthObject;
import io.clerkservlet.testing.ClerkFixture;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClerkFilterEngineTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private final ClerkClients clients = new ClerkClients();
  private ClerkFilterEngine engine;

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
    assertThat(clients.size()).isZero();
  }

  private ClerkFilterEngine open(ClerkFilterSettings.Builder settings) {
    engine = ClerkFilterEngine.open(settings.apiUrl(clerk.fake().apiUrl()).secretKey(clerk.fake().secretKey())
        .publishableKey(clerk.fake().productionPublishableKey()).build(), clients);
    return engine;
  }

  private static ClerkRequest get(String... headers) {
    ClerkRequest.Builder b = ClerkRequest.builder("GET", "http://app.example/api/me");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private String sessionToken(String userId) {
    return clerk.fake().tokens().sessionToken(userId).sign();
  }

  @Test
  void decideWhenValidSessionTokenThenContinuesWithPrincipalAndAttributes() {
    open(ClerkFilterSettings.builder());
    FilterDecision d = engine.decide(get("Authorization", "Bearer " + sessionToken("user_1")));
    assertThat(d.isContinue()).isTrue();
    assertThat(d.getPrincipal().getName()).isEqualTo("user_1");
    assertThat(d.getAuth().getUserId()).isEqualTo("user_1");
    assertThat(d.getAttributes()).containsEntry(ClerkAttributes.AUTH, d.getAuth())
        .containsEntry(ClerkAttributes.AUTH_ALIAS, d.getAuth())
        .containsEntry(ClerkAttributes.REQUEST_STATE, d.getRequestState());
    assertThat(d.getHeaders()).isEmpty();
  }

  @Test
  void decideWhenNoTokenAndRequiredThenBearerChallengeWithoutError() {
    open(ClerkFilterSettings.builder());
    FilterDecision d = engine.decide(get());
    assertThat(d.isContinue()).isFalse();
    assertThat(d.getResponse().getStatus()).isEqualTo(401);
    assertThat(d.getResponse().getHeaders()).containsEntry("WWW-Authenticate", Collections.singletonList("Bearer"))
        .doesNotContainKey(RequestState.HEADER_AUTH_STATUS);
    assertThat(d.getResponse().getBody()).isNull();
    assertThat(d.getAuth()).isInstanceOf(SignedOutAuthObject.class);
  }

  @Test
  void decideWhenBadTokenThenInvalidTokenWithReasonAndJsonBodyWhenAccepted() {
    open(ClerkFilterSettings.builder());
    String expired = clerk.fake().tokens().sessionToken("user_1")
        .issuedAt(clerk.fake().clock().instant().minusSeconds(3600)).sign();
    FilterDecision d = engine.decide(get("Authorization", "Bearer " + expired, "Accept", "application/json"));
    assertThat(d.getResponse().getStatus()).isEqualTo(401);
    assertThat(d.getResponse().getHeaders().get("WWW-Authenticate")).containsExactly("Bearer error=\"invalid_token\", "
        + "error_description=\"session-token-expired-refresh-non-eligible-no-refresh-cookie\"");
    assertThat(d.getResponse().getBody()).isEqualTo(
        "{\"error\":\"unauthorized\",\"reason\":\"session-token-expired-refresh-non-eligible-no-refresh-cookie\"}");
  }

  @Test
  void decideWhenOptionalThenContinuesSignedOutWithoutPrincipal() {
    open(ClerkFilterSettings.builder().mode(FilterMode.OPTIONAL));
    FilterDecision d = engine.decide(get("Authorization", "Bearer not-a-jwt"));
    assertThat(d.isContinue()).isTrue();
    assertThat(d.getPrincipal()).isNull();
    assertThat(d.getAuth().isAuthenticated()).isFalse();
    assertThat(d.getRequestState().getReason()).isEqualTo("token-invalid");
  }

  @Test
  void decideWhenMandatoryAndOptionalModeThenUnauthenticatedIsRefusedAndAuthenticatedContinues() {
    open(ClerkFilterSettings.builder().mode(FilterMode.OPTIONAL));
    FilterDecision none = engine.decide(get(), true);
    assertThat(none.isContinue()).isFalse();
    assertThat(none.getResponse().getStatus()).isEqualTo(401);
    assertThat(none.getResponse().getHeaders()).containsEntry("WWW-Authenticate", Collections.singletonList("Bearer"));
    FilterDecision bad = engine.decide("GET", "http://app.example/secure", null,
        Collections.singletonMap("Authorization", Collections.singletonList("Bearer not-a-jwt")), true);
    assertThat(bad.getResponse().getHeaders().get("WWW-Authenticate"))
        .containsExactly("Bearer error=\"invalid_token\", error_description=\"token-invalid\"");
    FilterDecision signedIn = engine.decide(get("Authorization", "Bearer " + sessionToken("user_1")), true);
    assertThat(signedIn.isContinue()).isTrue();
    assertThat(signedIn.getPrincipal().getName()).isEqualTo("user_1");
    assertThat(engine.decide(get(), false).isContinue()).isTrue();
  }

  @Test
  void decideWhenClerkUnreachableThenServiceUnavailableWithRetryAfter() {
    open(ClerkFilterSettings.builder().acceptsToken(TokenType.API_KEY));
    String secret = clerk.client().apiKeys().create(CreateApiKeyParams.builder().name("key-1")
        .subject(clerk.fake().createUser("a@example.com", "A", "B"))
        .build()).getSecret();
    clerk.skipContractCheck();
    clerk.fake().faults().failNext(5, 503);
    FilterDecision d = engine.decide(get("Authorization", "Bearer " + secret, "Accept", "application/problem+json"));
    assertThat(d.getResponse().getStatus()).isEqualTo(503);
    assertThat(d.getResponse().getHeaders()).containsEntry("Retry-After", Collections.singletonList("5"))
        .doesNotContainKey("WWW-Authenticate");
    assertThat(d.getResponse().getBody()).startsWith("{\"error\":\"service_unavailable\"");
    clerk.fake().faults().clear();
  }

  @Test
  void decideWhenMachineTokenAcceptedThenPrincipalIsSubjectAndScopesAreRoles() {
    open(ClerkFilterSettings.builder().acceptsToken(TokenType.API_KEY).roles(RoleSource.SCOPE));
    String secret = clerk.client().apiKeys().create(CreateApiKeyParams.builder().name("key-1")
        .subject(clerk.machine().getId()).scopes(Arrays.asList("read:orders")).build()).getSecret();
    FilterDecision d = engine.decide(get("Authorization", "Bearer " + secret));
    assertThat(d.getPrincipal().getName()).isEqualTo(clerk.machine().getId());
    assertThat(d.getPrincipal().isUserInRole("read:orders")).isTrue();
    assertThat(d.getPrincipal().isUserInRole("write:orders")).isFalse();
  }

  @Test
  void decideWhenDebugHeadersThenStateHeadersAreAdded() {
    open(ClerkFilterSettings.builder().debugHeaders(true).mode(FilterMode.OPTIONAL));
    FilterDecision d = engine.decide(get());
    assertThat(d.getHeaders()).containsEntry(RequestState.HEADER_AUTH_STATUS, Collections.singletonList("signed-out"))
        .containsEntry(RequestState.HEADER_AUTH_REASON, Collections.singletonList("session-token-and-uat-missing"));
  }

  @Test
  void decideWhenHandshakeThenRedirectWithItsHeadersEvenWhenOptional() {
    open(ClerkFilterSettings.builder().mode(FilterMode.OPTIONAL));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Location", Collections.singletonList("https://clerk.example/v1/client/handshake?redirect_url=x"));
    headers.put("Set-Cookie", Arrays.asList("__clerk_redirect_count=1; Max-Age=2", "b=2"));
    headers.put("Cache-Control", Collections.singletonList("no-store"));
    RequestState state = RequestState.handshake("session-token-outdated", "", headers);
    FilterDecision d = engine.decide(get(), state);
    assertThat(d.isContinue()).isFalse();
    assertThat(d.getAuth()).isNull();
    assertThat(d.getResponse().getStatus()).isEqualTo(307);
    assertThat(d.getResponse().getHeaders()).containsOnlyKeys("Location", "Set-Cookie", "Cache-Control");
    assertThat(d.getResponse().getHeaders().get("Set-Cookie")).hasSize(2);
    assertThat(d.getAttributes()).containsOnlyKeys(ClerkAttributes.REQUEST_STATE);
  }

  @Test
  void decideWhenUrlHasCharactersUriRejectsThenStillDecides() {
    open(ClerkFilterSettings.builder());
    Map<String, List<String>> headers = Collections.singletonMap("Authorization",
        Collections.singletonList("Bearer " + sessionToken("user_1")));
    FilterDecision d = engine.decide("get", "http://app.example/a b/é", "q=|x|&p=%zz", headers);
    assertThat(d.isContinue()).isTrue();
    assertThat(d.getRequestState().isAuthenticated()).isTrue();
    assertThat(WebRequests.encodeIllegal("http://h/a b?q=|%zz%41")).isEqualTo("http://h/a%20b?q=%7C%25zz%41");
  }

  @Test
  void engineWhenTwoDeclarationsShareKeysThenOneClientClosedWithTheLast() {
    String pk = clerk.fake().publishableKey();
    ClerkFilterSettings a = ClerkFilterSettings.builder().apiUrl(clerk.fake().apiUrl())
        .secretKey(clerk.fake().secretKey()).publishableKey(pk).build();
    ClerkFilterSettings b = ClerkFilterSettings.builder().apiUrl(clerk.fake().apiUrl()).publishableKey(pk)
        .secretKey(clerk.fake().secretKey()).acceptsToken(TokenType.API_KEY).mode(FilterMode.OPTIONAL).build();
    ClerkFilterSettings other = ClerkFilterSettings.builder().apiUrl(clerk.fake().apiUrl()).publishableKey(pk)
        .secretKey(clerk.fake().secretKey()).machineSecretKey(clerk.machine().getSecretKey()).build();
    ClerkFilterEngine first = ClerkFilterEngine.open(a, clients);
    ClerkFilterEngine second = ClerkFilterEngine.open(b, clients);
    assertThat(clients.size()).isEqualTo(1);
    ClerkFilterEngine third = ClerkFilterEngine.open(other, clients);
    assertThat(clients.size()).isEqualTo(2);
    assertThat(first.getDecisionAttribute()).isNotEqualTo(second.getDecisionAttribute());
    first.close();
    first.close();
    assertThat(clients.size()).isEqualTo(2);
    assertThat(second.decide(get()).isContinue()).isTrue();
    second.close();
    third.close();
    assertThat(clients.size()).isZero();
  }
}
