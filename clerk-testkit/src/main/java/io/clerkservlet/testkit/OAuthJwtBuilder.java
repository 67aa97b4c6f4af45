package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An OAuth access token JWT (RFC 9068) from Clerk's IdP: header {@code typ: at+jwt}; claims
 * {@code iss, sub, client_id, jti (oat_…), iat, nbf = iat, exp} (lifetime one hour), then the scopes
 * as a {@code scp} array, or as a space-separated {@code scope} string, when set.
 */
public final class OAuthJwtBuilder extends JwtBuilder<OAuthJwtBuilder> {
  /** The default lifetime of a minted OAuth access token. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private final String userId;
  private final String clientId;
  private String tokenId;
  private List<String> scopes;
  private boolean scopeAsString;

  OAuthJwtBuilder(ClerkTokens tokens, String userId, String clientId) {
    super(tokens, DEFAULT_LIFETIME, 0);
    this.userId = userId;
    this.clientId = clientId;
    type("at+jwt");
  }

  /** The {@code jti}; a fresh {@code oat_} + 32 hex by default. */
  public OAuthJwtBuilder tokenId(String jti) {
    this.tokenId = jti;
    return this;
  }

  /** The granted scopes, written as the {@code scp} array. */
  public OAuthJwtBuilder scopes(Collection<String> granted) {
    this.scopes = new ArrayList<>(granted);
    this.scopeAsString = false;
    return this;
  }

  /** See {@link #scopes(Collection)}. */
  public OAuthJwtBuilder scopes(String... granted) {
    return scopes(Arrays.asList(granted));
  }

  /** The granted scopes, written as one space-separated {@code scope} string instead of {@code scp}. */
  public OAuthJwtBuilder scopeString(String... granted) {
    this.scopes = new ArrayList<>(Arrays.asList(granted));
    this.scopeAsString = true;
    return this;
  }

  @Override
  void putClaims(Map<String, Object> payload, long issuedAtSeconds) {
    payload.put("iss", tokens().issuer());
    payload.put("sub", userId);
    payload.put("client_id", clientId);
    payload.put("jti", tokenId != null ? tokenId : Ids.hex32("oat_"));
    putTimes(payload, issuedAtSeconds);
    if (scopes != null && scopeAsString) {
      payload.put("scope", String.join(" ", scopes));
    } else if (scopes != null) {
      payload.put("scp", new ArrayList<>(scopes));
    }
  }
}
