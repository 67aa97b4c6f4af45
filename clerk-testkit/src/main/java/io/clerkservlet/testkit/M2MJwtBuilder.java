package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An M2M JWT, as Clerk issues with {@code token_format: jwt}: header {@code cat: cl_B7d4PD333AAA};
 * claims (custom claims first), {@code iss, sub (mch_…), jti (mt_…), iat, nbf = iat, exp} (lifetime
 * one hour) and {@code scopes} (space-separated) when set.
 */
public final class M2MJwtBuilder extends JwtBuilder<M2MJwtBuilder> {
  /** Lifetime of an M2M token when neither the call nor the machine says otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private final String machineId;
  private final Map<String, Object> customClaims = new LinkedHashMap<>();
  private String tokenId;
  private List<String> scopes;

  M2MJwtBuilder(ClerkTokens tokens, String machineId) {
    super(tokens, DEFAULT_LIFETIME, 0);
    this.machineId = machineId;
    category(ClerkTokens.CATEGORY_M2M);
  }

  /** The {@code jti}; a fresh {@code mt_} + 32 hex by default. */
  public M2MJwtBuilder tokenId(String jti) {
    this.tokenId = jti;
    return this;
  }

  /** The machine ids this token may call; written as one space-separated {@code scopes} claim. */
  public M2MJwtBuilder scopes(Collection<String> machineIds) {
    this.scopes = new ArrayList<>(machineIds);
    return this;
  }

  /** See {@link #scopes(Collection)}. */
  public M2MJwtBuilder scopes(String... machineIds) {
    return scopes(Arrays.asList(machineIds));
  }

  /**
   * Custom claims as Clerk embeds them: written first, so the reserved claims win on a clash (use
   * {@link #claim(String, Object)} to override a reserved claim).
   */
  public M2MJwtBuilder customClaims(Map<String, ?> claims) {
    customClaims.clear();
    if (claims != null) {
      customClaims.putAll(claims);
    }
    return this;
  }

  @Override
  void putClaims(Map<String, Object> payload, long issuedAtSeconds) {
    payload.putAll(customClaims);
    payload.put("iss", tokens().issuer());
    payload.put("sub", machineId);
    payload.put("jti", tokenId != null ? tokenId : Ids.hex32("mt_"));
    putTimes(payload, issuedAtSeconds);
    if (scopes != null) {
      payload.remove("scopes");
      payload.put("scopes", String.join(" ", scopes));
    }
  }
}
