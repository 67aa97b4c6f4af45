package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every token kind against every {@code acceptsToken} value, through real HTTP to the fake Clerk. */
class AuthenticateRequestMatrixTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  static Stream<Arguments> matrix() {
    List<String> accepts = List.of("session_token", "api_key", "m2m_token", "oauth_token", "any",
        "[session_token,api_key]", "[m2m_token]", "[oauth_token,m2m_token]");
    List<Arguments> cases = new ArrayList<>();
    for (TokenKind kind : TokenKind.values()) {
      for (String a : accepts) {
        cases.add(Arguments.of(kind, a));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with acceptsToken={1}")
  @MethodSource("matrix")
  void authenticateEveryTokenKindAgainstEveryAcceptsTokenValue(TokenKind kind, String acceptsValue) {
    AcceptsToken accepts = AcceptsToken.parse(acceptsValue);
    String token = kind.mint(clerk);
    RequestState state = clerk.client().authenticateRequest(
        ClerkRequest.builder("GET", "https://app.example.com/api").header("Authorization", "Bearer " + token).build(),
        AuthenticateRequestOptions.builder().acceptsToken(accepts).build());

    Expected expected = expected(kind, accepts);
    assertThat(state.getStatus()).isEqualTo(expected.status);
    assertThat(state.getReason()).isEqualTo(expected.reason);
    assertThat(state.getTokenType()).isEqualTo(expected.tokenType);
    AuthObject auth = state.toAuth();
    assertThat(auth.isAuthenticated()).isEqualTo(expected.status == AuthStatus.SIGNED_IN);
    assertThat(auth.getTokenType()).isEqualTo(expected.tokenType);
    if (expected.status == AuthStatus.SIGNED_IN) {
      assertThat(state.getToken()).isEqualTo(token);
      assertThat(state.getHeaders()).isEmpty();
    } else {
      assertThat(state.getToken()).isNull();
      assertThat(state.getHeaders()).containsKey(RequestState.HEADER_AUTH_STATUS);
    }
  }

  private record Expected(AuthStatus status, String reason, TokenType tokenType) {
  }

  /** The rules of @clerk/backend's dispatch (reference §1.6/§1.7), written out independently. */
  private static Expected expected(TokenKind kind, AcceptsToken accepts) {
    if (accepts.accepts(kind.type())) {
      return new Expected(AuthStatus.SIGNED_IN, null, kind.type());
    }
    if (accepts.getKind() == AcceptsToken.Kind.LIST) {
      return new Expected(AuthStatus.SIGNED_OUT, "token-type-mismatch", null);
    }
    if (accepts.isExactly(TokenType.SESSION_TOKEN) && !kind.isJwt()) {
      return new Expected(AuthStatus.SIGNED_OUT, "token-invalid", TokenType.SESSION_TOKEN);
    }
    return new Expected(AuthStatus.SIGNED_OUT, "token-type-mismatch", accepts.getSingleType());
  }
}
