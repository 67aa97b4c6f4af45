package io.clerkservlet.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An OAuth access token issued by the fake Clerk: its id, the token itself and what it grants. */
public final class OAuthAccessTokenCredentials {
  private final String id;
  private final String token;
  private final String userId;
  private final String clientId;
  private final List<String> scopes;
  private final long expiration;

  OAuthAccessTokenCredentials(String id, String token, String userId, String clientId,
      List<String> scopes, long expiration) {
    this.id = id;
    this.token = token;
    this.userId = userId;
    this.clientId = clientId;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(scopes));
    this.expiration = expiration;
  }

  /** The token id, {@code oat_…}. */
  public String getId() {
    return id;
  }

  /** The opaque access token, {@code oat_} + 32 hex; send it as a bearer token. */
  public String getToken() {
    return token;
  }

  /** The user the token was issued for. */
  public String getUserId() {
    return userId;
  }

  /** The OAuth application's client id. */
  public String getClientId() {
    return clientId;
  }

  /** The granted scopes. */
  public List<String> getScopes() {
    return scopes;
  }

  /** Expiry in epoch milliseconds. */
  public long getExpiration() {
    return expiration;
  }

  @Override
  public String toString() {
    return "OAuthAccessTokenCredentials{id=" + id + ", userId=" + userId + ", clientId=" + clientId
        + ", scopes=" + scopes + "}";
  }
}
