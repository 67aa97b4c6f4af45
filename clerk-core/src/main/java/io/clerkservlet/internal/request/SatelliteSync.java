package io.clerkservlet.internal.request;

import io.clerkservlet.RequestState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-domain and development-browser steps of the cookie path (reference §1.8 steps 2-6,
 * §2.4): a satellite syncing with its primary (a Frontend API handshake in production, a redirect
 * to {@code signInUrl} in development), the primary answering a development sync, and the
 * development browser ({@code __clerk_db_jwt}) sync and missing cases.
 */
final class SatelliteSync {
  static final String SESSION_TOKEN_AND_UAT_MISSING = "session-token-and-uat-missing";
  static final String PRIMARY_RESPONDS_TO_SYNCING = "primary-responds-to-syncing";
  static final String DEV_BROWSER_SYNC = "dev-browser-sync";
  static final String DEV_BROWSER_MISSING = "dev-browser-missing";
  static final String SYNCED = "__clerk_synced";
  static final String REDIRECT_URL = "__clerk_redirect_url";

  private SatelliteSync() {
  }

  /** The state of one of these steps, or null to go on with the cookie path. */
  static RequestState check(AuthenticateContext ctx, boolean hasSessionToken, boolean hasActiveClient) {
    boolean eligible = ctx.isSatellite() && "document".equals(ctx.secFetchDest) && "GET".equals(ctx.method);
    String synced = ctx.clerkUrl().queryParam(SYNCED);
    boolean needsSync = "false".equals(synced);
    boolean syncCompleted = "true".equals(synced);
    boolean hasCookies = hasSessionToken || hasActiveClient;
    boolean skip = !ctx.settings.satelliteAutoSync && !hasCookies && !needsSync;
    if (eligible && !syncCompleted) {
      if (skip) {
        return Handshakes.signedOut(SESSION_TOKEN_AND_UAT_MISSING, "");
      }
      if (!hasCookies || needsSync) {
        return ctx.production ? Handshakes.maybe(ctx, Handshakes.SATELLITE_NEEDS_SYNCING, "")
            : Handshakes.maybe(ctx, Handshakes.SATELLITE_NEEDS_SYNCING, "", redirectToSignIn(ctx));
      }
    }
    if (ctx.production) {
      return null;
    }
    ClerkUrl redirectBack = httpUrlOrNull(ctx.query(REDIRECT_URL));
    if (!ctx.isSatellite() && redirectBack != null) {
      return Handshakes.maybe(ctx, PRIMARY_RESPONDS_TO_SYNCING, "", redirectBackToSatellite(ctx, redirectBack));
    }
    if (ctx.clerkUrl().hasQueryParam(SuffixedCookies.DEV_BROWSER)) {
      return Handshakes.maybe(ctx, DEV_BROWSER_SYNC, "");
    }
    if (ctx.devBrowserToken == null) {
      return Handshakes.maybe(ctx, DEV_BROWSER_MISSING, "");
    }
    return null;
  }

  /** {@code Location: <signInUrl>?__clerk_redirect_url=<public URL>}. */
  private static Map<String, List<String>> redirectToSignIn(AuthenticateContext ctx) {
    ClerkUrl signIn = ClerkUrl.parse(ctx.settings.signInUrl);
    return location(signIn.withQueryParamAppended(REDIRECT_URL, ctx.clerkUrl().href()));
  }

  /** An absolute http(s) URL, else null: the primary never redirects anywhere else (no {@code javascript:}). */
  private static ClerkUrl httpUrlOrNull(String url) {
    return url == null ? null : ClerkUrl.tryParse(url);
  }

  /** {@code Location: <redirect URL>&__clerk_db_jwt=<dev browser>&__clerk_synced=true}. */
  private static Map<String, List<String>> redirectBackToSatellite(AuthenticateContext ctx, ClerkUrl redirectBack) {
    ClerkUrl back = redirectBack;
    if (ctx.devBrowserToken != null) {
      back = back.withQueryParamAppended(SuffixedCookies.DEV_BROWSER, ctx.devBrowserToken);
    }
    return location(back.withQueryParamSet(SYNCED, "true"));
  }

  private static Map<String, List<String>> location(ClerkUrl url) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Handshakes.put(headers, Handshakes.LOCATION, url.href());
    return headers;
  }
}
