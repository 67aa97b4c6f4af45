package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.json.Frozen;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What Clerk (or a local JWT check) says about a machine token: enough to build its auth object and
 * to apply each call's own policy (the OAuth audience) to a cached answer. Deep-immutable, so one
 * cached answer can be shared by every request that sends the token.
 */
public final class MachineVerification {
  final TokenType type;
  final String id;
  final String subject;
  final List<String> scopes;
  final Map<String, Object> claims;
  final String name;
  final String clientId;
  final Long expiresAtMillis;
  final Long issuedAtMillis;
  /** An OAuth token's {@code aud} as it was answered (a string, a list or null). */
  final Object audience;

  MachineVerification(TokenType type, String id, String subject, List<String> scopes,
      Map<String, Object> claims, String name, String clientId, Long expiresAtMillis, Long issuedAtMillis) {
    this(type, id, subject, scopes, claims, name, clientId, expiresAtMillis, issuedAtMillis, null);
  }

  MachineVerification(TokenType type, String id, String subject, List<String> scopes,
      Map<String, Object> claims, String name, String clientId, Long expiresAtMillis, Long issuedAtMillis,
      Object audience) {
    this.type = type;
    this.id = id;
    this.subject = subject;
    this.scopes = scopes == null ? Collections.<String>emptyList() : Frozen.copyOf(scopes);
    this.claims = Frozen.copyOf(claims);
    this.name = name;
    this.clientId = clientId;
    this.expiresAtMillis = expiresAtMillis;
    this.issuedAtMillis = issuedAtMillis;
    this.audience = Frozen.valueOf(audience);
  }

  /** Issue time in epoch milliseconds (JWT {@code iat}), or null when unknown. */
  public Long issuedAtMillis() {
    return issuedAtMillis;
  }

  /** The type. */
  public TokenType type() {
    return type;
  }

  /** The token id. */
  public String id() {
    return id;
  }

  /** The subject. */
  public String subject() {
    return subject;
  }

  /** The scopes (never null; immutable). */
  public List<String> scopes() {
    return scopes;
  }

  /** The custom claims (immutable, nested values too), or null. */
  public Map<String, Object> claims() {
    return claims;
  }

  /** An API key's name, or null. */
  public String name() {
    return name;
  }

  /** An OAuth token's client id, or null. */
  public String clientId() {
    return clientId;
  }

  /** Expiry in epoch milliseconds, or null when it never expires. */
  public Long expiresAtMillis() {
    return expiresAtMillis;
  }
}
