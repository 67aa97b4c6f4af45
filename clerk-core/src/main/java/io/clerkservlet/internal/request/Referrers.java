package io.clerkservlet.internal.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The {@code referer} checks of the primary's cross-origin sync (reference §1.8 step 13): a
 * referrer on another origin that is not Clerk's own (Frontend API, account portal).
 */
final class Referrers {
  private static final String[] LEGACY_DEV_SUFFIXES = {".lcl.dev", ".lclstage.dev", ".lclclerk.com"};
  private static final String[] CURRENT_DEV_SUFFIXES = {".accounts.dev", ".accountsstage.dev", ".accounts.lclclerk.com"};

  private Referrers() {
  }

  /** True when the referrer parses and its origin differs from the request's public origin. */
  static boolean isCrossOrigin(AuthenticateContext ctx) {
    if (ctx.referrer == null) {
      return false;
    }
    String origin = origin(ctx.referrer);
    return origin != null && !origin.equals(ctx.clerkUrl().origin());
  }

  /**
   * True for the Frontend API host, on non-production instances a development account portal, or
   * the account portal derived from the Frontend API ({@code clerk.} becomes {@code accounts.}).
   */
  static boolean isKnownClerkReferrer(AuthenticateContext ctx) {
    if (ctx.referrer == null) {
      return false;
    }
    try {
      URI referrer = new URI(ctx.referrer.trim());
      if (referrer.getScheme() == null || referrer.getHost() == null) {
        return false;
      }
      String host = referrer.getHost().toLowerCase(Locale.ROOT);
      String fapi = ctx.frontendApi;
      if (fapi != null && !fapi.isEmpty()) {
        String fapiHost = fapi.startsWith("http") ? new URI(fapi).getHost() : fapi;
        if (host.equals(fapiHost)) {
          return true;
        }
      }
      if (!ctx.production && (isLegacyDevAccountPortal(host) || isCurrentDevAccountPortal(host))) {
        return true;
      }
      if (fapi == null || fapi.isEmpty()) {
        return false;
      }
      String accounts = "https://" + fapi.replaceFirst("clerk\\.accountsstage\\.", "accountsstage.")
          .replaceFirst("clerk\\.accounts\\.|clerk\\.", "accounts.");
      String accountsOrigin = origin(accounts);
      return accountsOrigin != null && accountsOrigin.equals(origin(ctx.referrer));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isLegacyDevAccountPortal(String host) {
    for (String suffix : LEGACY_DEV_SUFFIXES) {
      if (host.startsWith("accounts.") && host.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCurrentDevAccountPortal(String host) {
    for (String suffix : CURRENT_DEV_SUFFIXES) {
      if (host.endsWith(suffix) && !host.endsWith(".clerk" + suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The origin of an absolute URL: http(s) as {@code scheme://host[:port]}, other schemes "null"; null when invalid. */
  static String origin(String url) {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme();
      if (scheme == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "null";
      }
      return ClerkUrl.of(uri).origin();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
