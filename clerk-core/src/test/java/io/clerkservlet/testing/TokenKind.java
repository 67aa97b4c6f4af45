package io.clerkservlet.testing;

import io.clerkservlet.TokenType;
import io.clerkservlet.api.CreateApiKeyParams;
import io.clerkservlet.api.CreateM2MTokenParams;
import io.clerkservlet.api.TokenFormat;
import java.util.Arrays;
import java.util.function.Function;

/** Every kind of token a request can carry, each minted fresh against a {@link ClerkFixture}'s fake. */
public enum TokenKind {
  SESSION_JWT(TokenType.SESSION_TOKEN, true, f -> f.fake().tokens().sessionToken(TokenKind.USER)
      .authorizedParty("https://app.example.com").sign()),
  OPAQUE_M2M(TokenType.M2M_TOKEN, false, f -> f.client().m2mTokens().createToken().getToken()),
  M2M_JWT(TokenType.M2M_TOKEN, true, f -> f.client().m2mTokens()
      .createToken(CreateM2MTokenParams.builder().tokenFormat(TokenFormat.JWT).build()).getToken()),
  API_KEY(TokenType.API_KEY, false, f -> f.client().apiKeys()
      .create(CreateApiKeyParams.builder().name("ci-pipeline").subject(TokenKind.USER).build()).getSecret()),
  OPAQUE_OAUTH(TokenType.OAUTH_TOKEN, false, f -> f.fake()
      .createOAuthAccessToken(TokenKind.USER, "client_app", Arrays.asList("email", "profile")).getToken()),
  OAUTH_JWT(TokenType.OAUTH_TOKEN, true, f -> f.fake().tokens().oauthJwt(TokenKind.USER, "client_app")
      .scopes("email").sign());

  /** The user every minted token belongs to. */
  public static final String USER = "user_2abcdefghijklmnopqrstuvwxyz";

  private final TokenType type;
  private final boolean jwt;
  private final Function<ClerkFixture, String> mint;

  TokenKind(TokenType type, boolean jwt, Function<ClerkFixture, String> mint) {
    this.type = type;
    this.jwt = jwt;
    this.mint = mint;
  }

  /** The token type this kind verifies as. */
  public TokenType type() {
    return type;
  }

  /** True for JWT-format tokens. */
  public boolean isJwt() {
    return jwt;
  }

  /** A fresh valid token of this kind. */
  public String mint(ClerkFixture fixture) {
    return mint.apply(fixture);
  }
}
