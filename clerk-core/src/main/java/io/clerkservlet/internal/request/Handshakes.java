package io.clerkservlet.internal.request;

import io.clerkservlet.FailureCategory;
import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns a reason into a handshake redirect when the request is a page navigation, as
 * {@code @clerk/backend}'s {@code handleMaybeHandshakeStatus} (reference §1.9, §2.1, §2.2): the
 * Frontend API URL with its query in order, {@code Cache-Control: no-store} and the redirect-loop
 * counter cookie, stopping after 3 round trips.
 */
final class Handshakes {
  static final String API_VERSION = "2026-05-12";
  static final String SATELLITE_NEEDS_SYNCING = "satellite-needs-syncing";
  static final String LOCATION = "Location";
  static final String SET_COOKIE = "Set-Cookie";
  static final String CACHE_CONTROL = "Cache-Control";
  private static final Logger LOG = Logger.getLogger(Handshakes.class.getName());
  private static final int MAX_REDIRECTS = 3;

  private Handshakes() {
  }

  /**
   * A GET whose {@code sec-fetch-dest} is {@code document} or {@code iframe}, or, without that
   * header, whose {@code accept} starts with {@code text/html}.
   */
  static boolean isEligible(AuthenticateContext ctx) {
    if (!"GET".equals(ctx.method)) {
      return false;
    }
    if ("document".equals(ctx.secFetchDest) || "iframe".equals(ctx.secFetchDest)) {
      return true;
    }
    return ctx.secFetchDest == null && ctx.accept != null && ctx.accept.startsWith("text/html");
  }

  /** A handshake to the Frontend API for this reason, or signed-out with it when not possible. */
  static RequestState maybe(AuthenticateContext ctx, String reason, String message) {
    return maybe(ctx, reason, message, null);
  }

  /**
   * A handshake with these headers (null: the redirect to the Frontend API), or signed-out with the
   * same reason when the request is not a page navigation or the loop counter reached 3.
   */
  static RequestState maybe(AuthenticateContext ctx, String reason, String message,
      Map<String, List<String>> headers) {
    if (!isEligible(ctx) || !ctx.hasPublishableKey()) {
      return signedOut(reason, message);
    }
    Map<String, List<String>> out = headers != null ? copy(headers) : redirectToHandshake(ctx, reason);
    if (out.containsKey(LOCATION)) {
      put(out, CACHE_CONTROL, "no-store");
    }
    if (ctx.redirectLoopCounter == MAX_REDIRECTS) {
      LOG.info(loopMessage(reason));
      return signedOut(reason, message);
    }
    add(out, SET_COOKIE, AuthenticateContext.REDIRECT_COUNT + "="
        + JsNumbers.format(ctx.redirectLoopCounter + 1) + "; SameSite=Lax; HttpOnly; Max-Age=2");
    return RequestState.handshake(reason, message, out);
  }

  /** {@code Location: <frontendApi>/v1/client/handshake?redirect_url=…&…} (reference §2.2). */
  static Map<String, List<String>> redirectToHandshake(AuthenticateContext ctx, String reason) {
    String base = ctx.frontendApi.startsWith("http") ? ctx.frontendApi : "https://" + ctx.frontendApi;
    base = base.replaceAll("/+$", "") + "/";
    String redirect = ctx.clerkUrl().withoutQueryParams(SuffixedCookies.DEV_BROWSER, "__dev_session").href();
    StringBuilder url = new StringBuilder(base).append("v1/client/handshake");
    appendParam(url, "redirect_url", redirect, true);
    appendParam(url, "__clerk_api_version", API_VERSION, false);
    appendParam(url, "suffixed_cookies", Boolean.toString(ctx.suffixed), false);
    appendParam(url, "__clerk_hs_reason", reason, false);
    appendParam(url, "format", "nonce", false);
    if (ctx.sessionToken() != null) {
      appendParam(url, "__session", ctx.sessionToken(), false);
    }
    if (!ctx.production && ctx.devBrowserToken != null) {
      appendParam(url, SuffixedCookies.DEV_BROWSER, ctx.devBrowserToken, false);
    }
    String organizationId = OrganizationSync.queryValue(ctx);
    if (organizationId != null) {
      appendParam(url, "organization_id", organizationId, false);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    put(headers, LOCATION, url.toString());
    return headers;
  }

  private static void appendParam(StringBuilder url, String name, String value, boolean first) {
    url.append(first ? '?' : '&').append(FormQuery.encode(name)).append('=').append(FormQuery.encode(value));
  }

  private static String loopMessage(String reason) {
    if (SATELLITE_NEEDS_SYNCING.equals(reason)) {
      return "Clerk: Satellite-domain authentication resulted in an infinite redirect loop. Check that this "
          + "request is using a configured primary or satellite domain for the production instance. For preview "
          + "deployments, use a development/staging Clerk instance or a supported configured preview-domain setup.";
    }
    return "Clerk: Refreshing the session token resulted in an infinite redirect loop. This usually means that "
        + "your Clerk instance keys do not match - make sure to copy the correct publishable and secret keys "
        + "from the Clerk dashboard.";
  }

  static RequestState signedOut(String reason, String message) {
    return signedOutWith(reason, message, new LinkedHashMap<String, List<String>>());
  }

  /** A signed-out session state carrying headers (the debug headers are added). */
  static RequestState signedOutWith(String reason, String message, Map<String, List<String>> headers) {
    return RequestState.signedOut(TokenType.SESSION_TOKEN, reason, message, FailureCategory.INVALID_TOKEN, headers);
  }

  static void put(Map<String, List<String>> headers, String name, String value) {
    List<String> values = new ArrayList<>();
    values.add(value);
    headers.put(name, values);
  }

  static void add(Map<String, List<String>> headers, String name, String value) {
    List<String> values = headers.get(name);
    if (values == null) {
      values = new ArrayList<>();
      headers.put(name, values);
    }
    values.add(value);
  }

  static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      out.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    return out;
  }
}
