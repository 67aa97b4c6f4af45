package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Clerk session token. Claims, in order: {@code iss, sub, sid, azp?, iat, nbf (iat - 10 s), exp
 * (iat + 60 s)}, then {@code act, fva, sts} when set, then v2 ({@code v: 2, o, fea, pla}) and v1
 * ({@code org_id, org_slug, org_role, org_permissions}) organization claims when set. No {@code cat}
 * unless {@link #category(String)} sets one.
 */
public final class SessionTokenBuilder extends JwtBuilder<SessionTokenBuilder> {
  /** Lifetime of a Clerk session token. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
  /** Clerk puts {@code nbf} this many seconds before {@code iat}. */
  public static final long NOT_BEFORE_LEEWAY_SECONDS = 10;

  private final String userId;
  private final Map<String, Object> org = new LinkedHashMap<>();
  private final Map<String, Object> v1Org = new LinkedHashMap<>();
  private String sessionId = Ids.word27("sess_");
  private String azp;
  private Object actor;
  private List<Integer> fva;
  private String sts;
  private boolean v2;
  private String fea;
  private String pla;

  SessionTokenBuilder(ClerkTokens tokens, String userId) {
    super(tokens, DEFAULT_LIFETIME, NOT_BEFORE_LEEWAY_SECONDS);
    this.userId = userId;
  }

  /** The {@code sid}; a fresh {@code sess_…} by default. */
  public SessionTokenBuilder sessionId(String sid) {
    this.sessionId = sid;
    return this;
  }

  /** The {@code azp} (the origin the token was issued to); absent by default. */
  public SessionTokenBuilder authorizedParty(String origin) {
    this.azp = origin;
    return this;
  }

  /** Marks the token as version 2 ({@code v: 2}) without any v2 claim yet. */
  public SessionTokenBuilder version2() {
    this.v2 = true;
    return this;
  }

  /**
   * The v2 active organization {@code o: {id, slg, rol}} (implies {@code v: 2}); {@code role} is
   * without the {@code org:} prefix, for example {@code admin}. Null parts are left out.
   */
  public SessionTokenBuilder organization(String id, String slug, String role) {
    this.v2 = true;
    putOrRemove(org, "id", id);
    putOrRemove(org, "slg", slug);
    putOrRemove(org, "rol", role);
    return this;
  }

  /**
   * The v2 organization permissions: {@code o.per} (comma list of names, e.g. {@code read,manage})
   * and {@code o.fpm} (comma list of decimal bit masks, one per org feature in {@code fea} order).
   */
  public SessionTokenBuilder organizationPermissions(String per, String fpm) {
    this.v2 = true;
    putOrRemove(org, "per", per);
    putOrRemove(org, "fpm", fpm);
    return this;
  }

  /** The v2 {@code fea} claim, e.g. {@code o:reservations,u:dashboard} (implies {@code v: 2}). */
  public SessionTokenBuilder features(String fea) {
    this.v2 = true;
    this.fea = fea;
    return this;
  }

  /** The v2 {@code pla} claim, e.g. {@code u:free,o:pro} (implies {@code v: 2}). */
  public SessionTokenBuilder plans(String pla) {
    this.v2 = true;
    this.pla = pla;
    return this;
  }

  /**
   * The v1 organization claims {@code org_id, org_slug, org_role, org_permissions}; {@code role}
   * is the full key, for example {@code org:admin}. Null parts are left out.
   */
  public SessionTokenBuilder v1Organization(String orgId, String slug, String role,
      List<String> permissions) {
    putOrRemove(v1Org, "org_id", orgId);
    putOrRemove(v1Org, "org_slug", slug);
    putOrRemove(v1Org, "org_role", role);
    putOrRemove(v1Org, "org_permissions", permissions == null ? null : new ArrayList<>(permissions));
    return this;
  }

  /** The {@code fva} claim: minutes since the first and second factor were verified (-1: none). */
  public SessionTokenBuilder factorVerificationAge(int firstFactorMinutes, int secondFactorMinutes) {
    this.fva = Arrays.asList(firstFactorMinutes, secondFactorMinutes);
    return this;
  }

  /** The {@code sts} claim: {@code active} or {@code pending}. */
  public SessionTokenBuilder sessionStatus(String status) {
    this.sts = status;
    return this;
  }

  /** The {@code act} claim {@code {sub: actorId}} of an impersonation session. */
  public SessionTokenBuilder actor(String actorId) {
    this.actor = Collections.singletonMap("sub", actorId);
    return this;
  }

  /** The {@code act} claim as given, for example {@code {sub, type: "agent"}}. */
  public SessionTokenBuilder actor(Map<String, ?> act) {
    this.actor = act == null ? null : new LinkedHashMap<String, Object>(act);
    return this;
  }

  @Override
  void putClaims(Map<String, Object> payload, long issuedAtSeconds) {
    payload.put("iss", tokens().issuer());
    payload.put("sub", userId);
    putIfNotNull(payload, "sid", sessionId);
    putIfNotNull(payload, "azp", azp);
    putTimes(payload, issuedAtSeconds);
    putIfNotNull(payload, "act", actor);
    putIfNotNull(payload, "fva", fva == null ? null : new ArrayList<>(fva));
    putIfNotNull(payload, "sts", sts);
    if (v2) {
      payload.put("v", 2);
      putIfNotNull(payload, "o", org.isEmpty() ? null : new LinkedHashMap<>(org));
      putIfNotNull(payload, "fea", fea);
      putIfNotNull(payload, "pla", pla);
    }
    payload.putAll(v1Org);
  }

  private static void putOrRemove(Map<String, Object> map, String name, Object value) {
    if (value == null) {
      map.remove(name);
    } else {
      map.put(name, value);
    }
  }
}
