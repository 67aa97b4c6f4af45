package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.internal.json.Json;
import io.clerkservlet.model.IdpOAuthAccessToken;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.OAuthAccessTokenCredentials;
import io.clerkservlet.testkit.RecordedExchange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdpOAuthAccessTokenApiTest {
  private static final String USER = "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private OAuthAccessTokenCredentials issue() {
    return clerk.fake().createOAuthAccessToken(USER, "client_abc", Arrays.asList("profile", "email"));
  }

  @Test
  void verifyReturnsTheTokenFromTheUnversionedPath() {
    OAuthAccessTokenCredentials issued = issue();
    assertThat(issued.getToken()).matches("oat_[0-9a-f]{32}");

    IdpOAuthAccessToken token = clerk.client().idpOAuthAccessTokens().verify(issued.getToken());

    assertThat(token.getObject()).isEqualTo("clerk_idp_oauth_access_token");
    assertThat(token.getId()).isEqualTo(issued.getId());
    assertThat(token.getClientId()).isEqualTo("client_abc");
    assertThat(token.getSubject()).isEqualTo(USER);
    assertThat(token.getScopes()).containsExactly("profile", "email");
    assertThat(token.isRevoked()).isFalse();
    assertThat(token.isExpired()).isFalse();
    assertThat(token.getExpiration()).isEqualTo(issued.getExpiration());
    RecordedExchange call = clerk.fake().exchanges("POST", "/oauth_applications/access_tokens/verify").get(0);
    assertThat(call.getRequestBody()).isEqualTo("{\"access_token\":\"" + issued.getToken() + "\"}");
    assertThat(call.requestHeader("Authorization")).isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void verifyOfARevokedTokenSaysRevoked() {
    OAuthAccessTokenCredentials issued = issue();
    clerk.fake().revokeOAuthAccessToken(issued.getId(), "user signed out");

    IdpOAuthAccessToken token = clerk.client().idpOAuthAccessTokens().verify(issued.getToken());

    assertThat(token.isRevoked()).isTrue();
    assertThat(token.getRevocationReason()).isEqualTo("user signed out");
  }

  @Test
  void verifyWhenTokenUnknownThen404() {
    assertThatThrownBy(() -> clerk.client().idpOAuthAccessTokens()
        .verify("oat_00000000000000000000000000000000"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void verifyWithAWrongSecretKeyIs401() {
    OAuthAccessTokenCredentials issued = issue();
    try (ClerkClient wrong = clerk.clientBuilder().secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.idpOAuthAccessTokens().verify(issued.getToken()))
          .isInstanceOfSatisfying(ClerkApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCode()).isEqualTo("clerk_key_invalid");
          });
    }
  }

  @Test
  void verifyWhenTokenEmptyThenFailsBeforeAnyCall() {
    assertThatThrownBy(() -> clerk.client().idpOAuthAccessTokens().verify(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("accessToken is required");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void inactiveJwtAnswerReadsAsExpired() throws Exception {
    IdpOAuthAccessToken token = Json.convert(
        Json.parse("{\"active\":false}".getBytes(StandardCharsets.UTF_8)), IdpOAuthAccessToken.class);
    assertThat(token.isExpired()).isTrue();
    assertThat(token.getId()).isNull();
  }

  @Test
  void fakeRefusesMalformedUserIds() {
    assertThatThrownBy(() -> clerk.fake().createOAuthAccessToken("bob", "client_abc", Arrays.asList()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNeverShowsTheToken() {
    OAuthAccessTokenCredentials issued = issue();
    assertThat(issued.toString()).doesNotContain(issued.getToken());
    assertThat(clerk.client().idpOAuthAccessTokens().verify(issued.getToken()).toString())
        .doesNotContain(issued.getToken());
  }
}
