package io.clerkservlet.web;

import java.util.Locale;

/**
 * Every setting of the Clerk servlet filters, with its three names: the {@code web.xml}
 * init-param ({@code secretKey}), the system property ({@code clerk.secretKey}) and the environment
 * variable ({@code CLERK_SECRET_KEY}). They are looked up in that order; a blank value counts as unset.
 */
public enum ClerkFilterSetting {
  /** The instance secret key. */
  SECRET_KEY("secretKey", true),
  /** The machine secret key, for M2M tokens. */
  MACHINE_SECRET_KEY("machineSecretKey", true),
  /** The publishable key. */
  PUBLISHABLE_KEY("publishableKey", false),
  /** The instance's PEM public key, for networkless session token verification. */
  JWT_KEY("jwtKey", false),
  /** The Backend API URL. */
  API_URL("apiUrl", false),
  /** The Backend API version. */
  API_VERSION("apiVersion", false),
  /** The accepted token types: {@code any}, one type, or a comma list. */
  ACCEPTS_TOKEN("acceptsToken", false),
  /** Accepted {@code azp} values of session tokens, comma separated. */
  AUTHORIZED_PARTIES("authorizedParties", false),
  /** Accepted audiences, comma separated. */
  AUDIENCE("audience", false),
  /** Clock skew allowed for time claims. */
  CLOCK_SKEW("clockSkew", false),
  /** {@code required} (block unauthenticated requests) or {@code optional}. */
  MODE("mode", false),
  /** How long valid opaque machine tokens are trusted without asking Clerk again. */
  MACHINE_TOKEN_CACHE_TTL("machineTokenCacheTtl", false),
  /** The total deadline of every Backend API call. */
  CALL_TIMEOUT("callTimeout", false),
  /** The forward proxy of Backend API calls, {@code http://[user:password@]host:port}; may hold a password. */
  HTTP_PROXY("httpProxy", true),
  /** The satellite or primary domain (browser sessions). */
  DOMAIN("domain", false),
  /** Whether this application is a satellite (browser sessions). */
  IS_SATELLITE("isSatellite", false),
  /** The Frontend API proxy URL (browser sessions). */
  PROXY_URL("proxyUrl", false),
  /** The sign-in URL (browser sessions). */
  SIGN_IN_URL("signInUrl", false),
  /** The sign-up URL (browser sessions). */
  SIGN_UP_URL("signUpUrl", false),
  /** Whether a satellite syncs on the first cookieless visit (browser sessions). */
  SATELLITE_AUTO_SYNC("satelliteAutoSync", false),
  /** Whether the {@code x-clerk-auth-*} debug headers are sent. */
  DEBUG_HEADERS("debugHeaders", false),
  /** What {@code isUserInRole} checks: {@code org_role}, {@code org_permission}, {@code scope}, or {@code off}. */
  ROLES("roles", false);

  private final String initParam;
  private final boolean secret;

  ClerkFilterSetting(String initParam, boolean secret) {
    this.initParam = initParam;
    this.secret = secret;
  }

  /** The init-param name, for example {@code secretKey}. */
  public String getInitParam() {
    return initParam;
  }

  /** The system property name, for example {@code clerk.secretKey}. */
  public String getSystemProperty() {
    return "clerk." + initParam;
  }

  /** The environment variable name, for example {@code CLERK_SECRET_KEY}. */
  public String getEnvironmentVariable() {
    StringBuilder out = new StringBuilder("CLERK_");
    for (int i = 0; i < initParam.length(); i++) {
      char c = initParam.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** True when the value is a secret and is never shown in messages. */
  public boolean isSecret() {
    return secret;
  }

  /** The three names, for messages: {@code secretKey (clerk.secretKey, CLERK_SECRET_KEY)}. */
  String describe() {
    return initParam + " (init-param " + initParam + ", system property " + getSystemProperty()
        + ", environment variable " + getEnvironmentVariable() + ")";
  }
}
