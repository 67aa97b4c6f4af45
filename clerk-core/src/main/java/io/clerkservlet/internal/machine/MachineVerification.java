package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenType;
import java.util.List;
import java.util.Map;

/** What a verified machine token says: enough to build its auth object and to cache it. */
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

  MachineVerification(TokenType type, String id, String subject, List<String> scopes,
      Map<String, Object> claims, String name, String clientId, Long expiresAtMillis) {
    this(type, id, subject, scopes, claims, name, clientId, expiresAtMillis, null);
  }

  MachineVerification(TokenType type, String id, String subject, List<String> scopes,
      Map<String, Object> claims, String name, String clientId, Long expiresAtMillis, Long issuedAtMillis) {
    this.type = type;
    this.id = id;
    this.subject = subject;
    this.scopes = scopes;
    this.claims = claims;
    this.name = name;
    this.clientId = clientId;
    this.expiresAtMillis = expiresAtMillis;
    this.issuedAtMillis = issuedAtMillis;
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

  /** The scopes (never null). */
  public List<String> scopes() {
    return scopes;
  }

  /** The custom claims, or null. */
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
