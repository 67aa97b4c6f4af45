package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 rule 6: as in {@code @clerk/backend} 3.25, every {@code acceptsToken} except exactly
 * {@code m2m_token} or {@code api_key} needs a publishable key, header tokens included, and the
 * check comes before the secret-key check; an invalid key carries the JS's message text.
 */
class PublishableKeyPreconditionTest {
  private static final String JS_INVALID = "Publishable key not valid (expected format: pk_test_... or pk_live_...).";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @ParameterizedTest(name = "acceptsToken={0}, header token {1}")
  @CsvSource({
      "session_token, SESSION_JWT", "any, SESSION_JWT", "any, OPAQUE_M2M", "oauth_token, OPAQUE_OAUTH",
      "[m2m_token], OPAQUE_M2M", "[api_key], API_KEY", "'m2m_token,api_key', API_KEY",
      "'session_token,m2m_token', SESSION_JWT"})
  void whenNoPublishableKeyThenEveryAcceptsTokenButExactlyM2mOrApiKeyThrowsEvenWithAHeaderToken(String accepts,
      TokenKind kind) {
    String token = kind.mint(clerk);
    clerk.fake().clearExchanges();
    try (ClerkClient withoutPublishableKey = clerk.clientBuilder().machineSecretKey(clerk.machine().getSecretKey())
        .build()) {
      assertThatThrownBy(() -> withoutPublishableKey.authenticateRequest(bearer(token), accepting(accepts)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Publishable key is missing.");
      assertThat(clerk.fake().exchanges()).as("nothing is verified").isEmpty();
    }
    assertThat(clerk.client().authenticateRequest(bearer(token), accepting(accepts)).isAuthenticated())
        .as("with the publishable key").isTrue();
  }

  @ParameterizedTest(name = "acceptsToken={0}")
  @CsvSource({"m2m_token, OPAQUE_M2M", "api_key, API_KEY"})
  void whenNoPublishableKeyAndAcceptsExactlyM2mOrApiKeyThenVerifies(String accepts, TokenKind kind) {
    try (ClerkClient withoutPublishableKey = clerk.clientBuilder().machineSecretKey(clerk.machine().getSecretKey())
        .build()) {
      RequestState state = withoutPublishableKey.authenticateRequest(bearer(kind.mint(clerk)), accepting(accepts));

      assertThat(state.isAuthenticated()).isTrue();
    }
  }

  @ParameterizedTest(name = "acceptsToken={0}")
  @ValueSource(strings = {"session_token", "any"})
  void whenNeitherPublishableKeyNorSecretKeyThenThePublishableKeyIsNamedFirst(String accepts) {
    try (ClerkClient keyless = ClerkClient.builder().apiUrl(clerk.fake().apiUrl()).build()) {
      assertThatThrownBy(() -> keyless.authenticateRequest(bearer("x"), accepting(accepts)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Publishable key is missing.");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pk_test_nope", "pk_live_", "sk_test_abc", "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k_x",
      "two dollars", "no dot", "dollar not last"})
  void whenPublishableKeyIsInvalidThenTheMessageCarriesTheJsText(String key) {
    String value = key.equals("two dollars") ? pk("a$clerk.example.com$")
        : key.equals("no dot") ? pk("clerk$") : key.equals("dollar not last") ? pk("clerk.example.com$x") : key;

    assertThatThrownBy(() -> ClerkClient.builder().secretKey("sk_test_x").publishableKey(value).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publishableKey must be a Clerk publishable key. " + JS_INVALID);
    assertThatThrownBy(() -> AuthenticateRequestOptions.builder().publishableKey(value).build())
        .hasMessageEndingWith(JS_INVALID);
  }

  private static String pk(String decoded) {
    return "pk_test_" + Base64.getEncoder().withoutPadding().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
  }

  private static ClerkRequest bearer(String token) {
    return ClerkRequest.builder("GET", "https://app.example.com/").header("Authorization", "Bearer " + token).build();
  }

  private static AuthenticateRequestOptions accepting(String accepts) {
    return AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.parse(accepts)).build();
  }
}
