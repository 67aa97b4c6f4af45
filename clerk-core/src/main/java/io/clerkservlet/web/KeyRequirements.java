package io.clerkservlet.web;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.TokenType;

/**
 * The keys each accepted token kind needs, checked when a filter starts: session tokens need
 * {@code secretKey} or {@code jwtKey}; API keys and OAuth tokens {@code secretKey} (Clerk verifies
 * the opaque ones with it); M2M tokens {@code secretKey} or {@code machineSecretKey}.
 *
 * <p>Allowed on purpose, with a {@link #warning} at start: M2M tokens with only
 * {@code machineSecretKey}. Opaque {@code mt_} tokens verify with it; JWT-format M2M tokens cannot
 * and are answered 500 (a documented configuration for deployments that only see opaque tokens).
 */
final class KeyRequirements {
  /** Session tokens accepted with neither a secret key nor a jwtKey. */
  static final String MISSING_KEY = "secretKey (or jwtKey for session tokens only) is required";
  /** API keys accepted without a secret key. */
  static final String MISSING_SECRET_KEY_FOR_API_KEYS = "secretKey is required to verify machine tokens: "
      + "acceptsToken includes api_key, and Clerk verifies API keys with the secret key";
  /** OAuth tokens accepted without a secret key. */
  static final String MISSING_SECRET_KEY_FOR_OAUTH = "secretKey is required to verify machine tokens: "
      + "acceptsToken includes oauth_token, and Clerk verifies opaque OAuth tokens (oat_) with the secret key";
  /** M2M tokens accepted with neither a secret key nor a machine secret key. */
  static final String MISSING_KEY_FOR_M2M = "secretKey or machineSecretKey is required to verify M2M tokens";

  private KeyRequirements() {
  }

  /**
   * Checks that every accepted kind has a key (any key may be null).
   *
   * @throws IllegalArgumentException with a message starting with the setting to set
   */
  static void check(AcceptsToken accepts, String secretKey, String machineSecretKey, String jwtKey) {
    if (accepts.accepts(TokenType.SESSION_TOKEN) && secretKey == null && jwtKey == null) {
      throw new IllegalArgumentException(MISSING_KEY);
    }
    if (accepts.accepts(TokenType.API_KEY) && secretKey == null) {
      throw new IllegalArgumentException(MISSING_SECRET_KEY_FOR_API_KEYS);
    }
    if (accepts.accepts(TokenType.OAUTH_TOKEN) && secretKey == null) {
      throw new IllegalArgumentException(MISSING_SECRET_KEY_FOR_OAUTH);
    }
    if (accepts.accepts(TokenType.M2M_TOKEN) && secretKey == null && machineSecretKey == null) {
      throw new IllegalArgumentException(MISSING_KEY_FOR_M2M);
    }
  }

  /**
   * The WARNING for settings that accept M2M tokens with only a machine secret key, or null when
   * every format of every accepted kind can be verified.
   */
  static String warning(ClerkFilterSettings settings) {
    AcceptsToken accepts = settings.getAcceptsToken();
    if (!accepts.accepts(TokenType.M2M_TOKEN) || settings.getSecretKey() != null || settings.getJwtKey() != null) {
      return null;
    }
    return "Clerk: acceptsToken=" + accepts + " with a machineSecretKey but neither a secret key nor a jwtKey: "
        + "opaque M2M tokens (mt_...) are verified, but JWT-format M2M tokens cannot be verified without "
        + ClerkFilterSetting.SECRET_KEY.describe() + " or " + ClerkFilterSetting.JWT_KEY.describe()
        + " and are answered 500";
  }
}
