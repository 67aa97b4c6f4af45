package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthSummaryTest {
  private static final List<String> KEYS = List.of("status", "reason", "message", "tokenType", "isAuthenticated",
      "userId", "sessionId", "orgId", "orgRole", "orgSlug", "orgPermissions", "sessionStatus",
      "factorVerificationAge", "actor", "id", "subject", "scopes", "claims", "name", "machineId", "clientId");

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private RequestState authenticate(String token) {
    ClerkRequest.Builder request = ClerkRequest.builder("GET", "http://app.example/api/me");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return clerk.client().authenticateRequest(request.build(),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.any())
            .publishableKey(clerk.fake().productionPublishableKey()).build());
  }

  @Test
  void toMapWhenSessionWithOrganizationThenEveryKeyInOrderWithSessionFields() {
    String token = clerk.fake().tokens().sessionToken("user_1").sessionId("sess_1")
        .v1Organization("org_1", "acme", "org:admin", List.of("org:invoices:read")).sign();

    Map<String, Object> summary = AuthSummary.toMap(authenticate(token));

    assertThat(new ArrayList<>(summary.keySet())).isEqualTo(KEYS);
    assertThat(summary).containsEntry("status", "signed-in").containsEntry("reason", null)
        .containsEntry("message", null).containsEntry("tokenType", "session_token")
        .containsEntry("isAuthenticated", true).containsEntry("userId", "user_1")
        .containsEntry("sessionId", "sess_1").containsEntry("orgId", "org_1").containsEntry("orgRole", "org:admin")
        .containsEntry("orgSlug", "acme").containsEntry("orgPermissions", List.of("org:invoices:read"))
        .containsEntry("machineId", null).containsEntry("scopes", null).containsEntry("clientId", null);
    assertThat(summary.values()).doesNotContain(token);
  }

  @Test
  void toMapWhenOpaqueM2MTokenThenMachineFieldsAndNoToken() {
    String token = clerk.client().m2mTokens().createToken().getToken();

    Map<String, Object> summary = AuthSummary.toMap(authenticate(token));

    assertThat(new ArrayList<>(summary.keySet())).isEqualTo(KEYS);
    assertThat(summary).containsEntry("status", "signed-in").containsEntry("tokenType", "m2m_token")
        .containsEntry("isAuthenticated", true).containsEntry("machineId", clerk.machine().getId())
        .containsEntry("subject", clerk.machine().getId()).containsEntry("userId", null)
        .containsEntry("sessionId", null);
    assertThat((String) summary.get("id")).startsWith("mt_");
    assertThat(summary.toString()).doesNotContain(token);
  }

  @Test
  void toMapWhenNoTokenThenSignedOutWithReasonAndNullFields() {
    Map<String, Object> summary = AuthSummary.toMap(authenticate(null));

    assertThat(new ArrayList<>(summary.keySet())).isEqualTo(KEYS);
    assertThat(summary.get("status")).isEqualTo("signed-out");
    assertThat(summary.get("reason")).isNotNull();
    assertThat(summary.get("isAuthenticated")).isEqualTo(false);
    for (String field : AuthSummary.AUTH_FIELDS) {
      assertThat(summary.get(field)).as(field).isNull();
    }
  }

  @Test
  void toMapWhenTokenTypeNotAcceptedThenMismatchWithNullTokenType() {
    String token = clerk.client().m2mTokens().createToken().getToken();
    RequestState state = clerk.client().authenticateRequest(
        ClerkRequest.builder("GET", "http://app.example/").header("Authorization", "Bearer " + token).build(),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.list(io.clerkservlet.TokenType.API_KEY))
            .build());

    Map<String, Object> summary = AuthSummary.toMap(state);

    assertThat(summary).containsEntry("status", "signed-out").containsEntry("reason", "token-type-mismatch")
        .containsEntry("tokenType", null).containsEntry("isAuthenticated", false);
  }

  @Test
  void toMapWhenNullThenIllegalArgument() {
    assertThatThrownBy(() -> AuthSummary.toMap(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state is required");
  }
}
