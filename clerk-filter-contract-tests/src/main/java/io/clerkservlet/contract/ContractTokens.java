package io.clerkservlet.contract;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.TokenType;
import io.clerkservlet.api.CreateApiKeyParams;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import java.util.List;

/** One token of every kind, issued by a fake Clerk: opaque ones once, JWTs fresh on each call. */
public final class ContractTokens {
  /** Every kind of token a request can carry. */
  public enum Kind {
    /** A session JWT. */
    SESSION(TokenType.SESSION_TOKEN),
    /** An opaque API key ({@code ak_…}). */
    API_KEY(TokenType.API_KEY),
    /** An opaque M2M token ({@code mt_…}). */
    M2M_OPAQUE(TokenType.M2M_TOKEN),
    /** An M2M JWT. */
    M2M_JWT(TokenType.M2M_TOKEN),
    /** An opaque OAuth access token ({@code oat_…}). */
    OAUTH_OPAQUE(TokenType.OAUTH_TOKEN),
    /** An OAuth access token JWT. */
    OAUTH_JWT(TokenType.OAUTH_TOKEN);

    private final TokenType type;

    Kind(TokenType type) {
      this.type = type;
    }

    /** The token type it verifies as. */
    public TokenType type() {
      return type;
    }
  }

  /** The scope on the API key, OAuth tokens and M2M JWT. */
  public static final String SCOPE = "read:orders";

  private final FakeClerkBackend fake;
  private final String userId;
  private final MachineCredentials machine;
  private final String apiKey;
  private final String m2mOpaque;
  private final String oauthOpaque;

  /** Creates a user, a machine, an API key, an M2M token and an OAuth token on {@code fake}. */
  public ContractTokens(FakeClerkBackend fake) {
    this.fake = fake;
    this.userId = fake.createUser("contract@example.com", "Con", "Tract");
    this.machine = fake.createMachine("contract-machine");
    try (ClerkClient client = ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey())
        .machineSecretKey(machine.getSecretKey()).build()) {
      this.apiKey = client.apiKeys().create(CreateApiKeyParams.builder().name("contract-key").subject(userId)
          .scopes(List.of(SCOPE)).build()).getSecret();
      this.m2mOpaque = client.m2mTokens().createToken().getToken();
    }
    this.oauthOpaque = fake.createOAuthAccessToken(userId, "contract-client", List.of(SCOPE)).getToken();
  }

  /** The user every session, API key and OAuth token belongs to. */
  public String userId() {
    return userId;
  }

  /** The machine of the M2M tokens. */
  public MachineCredentials machine() {
    return machine;
  }

  /** A token of this kind. */
  public String token(Kind kind) {
    switch (kind) {
      case SESSION:
        return session();
      case API_KEY:
        return apiKey;
      case M2M_OPAQUE:
        return m2mOpaque;
      case M2M_JWT:
        return fake.tokens().m2mJwt(machine.getId()).scopes(SCOPE).sign();
      case OAUTH_OPAQUE:
        return oauthOpaque;
      default:
        return fake.tokens().oauthJwt(userId, "contract-client").scopes(SCOPE).sign();
    }
  }

  /** A fresh session JWT of the user. */
  public String session() {
    return fake.tokens().sessionToken(userId).sign();
  }

  /** A fresh session JWT of the user as {@code org:admin} of an organization with one permission. */
  public String orgAdminSession() {
    return fake.tokens().sessionToken(userId)
        .v1Organization("org_2vYVtestTESTtestTESTtestTE", "acme", "org:admin", List.of("org:invoices:read"))
        .sign();
  }

  /** The subject of a machine token of this kind (the principal name). */
  public String principalName(Kind kind) {
    return kind.type() == TokenType.M2M_TOKEN ? machine.getId() : userId;
  }
}
