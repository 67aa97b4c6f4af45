package io.clerkservlet.internal.request;

import static io.clerkservlet.internal.Strings.firstNonNull;

import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;

/**
 * What one request and its options say, derived once as {@code @clerk/backend}'s
 * {@code AuthenticateContext} (reference §1.3): the public URL, the Frontend API, the cookie
 * suffix and the suffixed-or-unsuffixed choice, the cookies and query values of the browser flow.
 */
final class AuthenticateContext {
  static final String HANDSHAKE = "__clerk_handshake";
  static final String HANDSHAKE_NONCE = "__clerk_handshake_nonce";
  static final String REDIRECT_COUNT = "__clerk_redirect_count";

  final ClerkRequest request;
  final AuthenticateRequestOptions options;
  final ResolvedKeys keys;
  final BrowserSettings settings;
  /** Built on first use: a request with its token in a header and no query never needs it. */
  private ClerkUrl clerkUrl;
  final String method;
  final String tokenInHeader;
  final String secFetchDest;
  final String accept;
  final String referrer;
  /** Null without a publishable key (then there is no cookie flow: no refresh and no handshake). */
  final String publishableKey;
  final boolean production;
  /** {@code parsePublishableKey} with proxyUrl, domain and isSatellite: where handshakes go. */
  final String frontendApi;
  /** The same before the proxy override ({@code clerk.<domain>} on a production satellite): whose cookies these are. */
  final String originalFrontendApi;
  final String proxyUrl;
  final String cookieSuffix;
  final boolean suffixed;
  final String sessionTokenInCookie;
  final String refreshTokenInCookie;
  final long clientUat;
  final String devBrowserToken;
  final String handshakeToken;
  final String handshakeNonce;
  final double redirectLoopCounter;

  AuthenticateContext(ClerkRequest request, AuthenticateRequestOptions options, ResolvedKeys keys,
      BrowserSettings settings, String tokenInHeader, long nowMillis) {
    this.request = request;
    this.options = options;
    this.keys = keys;
    this.settings = settings;
    this.method = request.getMethod();
    this.tokenInHeader = tokenInHeader;
    this.secFetchDest = nonEmpty(request.getHeader("sec-fetch-dest"));
    this.accept = nonEmpty(request.getHeader("accept"));
    this.referrer = nonEmpty(request.getHeader("referer"));
    this.proxyUrl = settings.proxyUrl != null && settings.proxyUrl.startsWith("/")
        ? clerkUrl().origin() + settings.proxyUrl : settings.proxyUrl;
    this.publishableKey = settings.publishableKey == null ? null : settings.publishableKey.key();
    if (publishableKey == null) {
      production = false;
      originalFrontendApi = null;
      frontendApi = null;
      cookieSuffix = null;
      suffixed = false;
    } else {
      cookieSuffix = SuffixedCookies.suffix(publishableKey);
      production = settings.publishableKey.isProduction();
      originalFrontendApi = settings.publishableKey.frontendApi(null, settings.domain, settings.satellite);
      frontendApi = settings.publishableKey.frontendApi(proxyUrl, settings.domain, settings.satellite);
      suffixed = SuffixedCookies.usesSuffixed(request, suffix(), originalFrontendApi, production, nowMillis);
    }
    this.sessionTokenInCookie = suffixedOrNot(SuffixedCookies.SESSION);
    this.refreshTokenInCookie = publishableKey == null ? null
        : cookie(SuffixedCookies.suffixed(SuffixedCookies.REFRESH, suffix()));
    this.clientUat = JsNumbers.parseIntOrZero(suffixedOrNot(SuffixedCookies.CLIENT_UAT));
    this.devBrowserToken = firstNonNull(query(SuffixedCookies.DEV_BROWSER), suffixedOrNot(SuffixedCookies.DEV_BROWSER));
    this.handshakeToken = firstNonNull(query(HANDSHAKE), cookie(HANDSHAKE));
    this.handshakeNonce = firstNonNull(query(HANDSHAKE_NONCE), cookie(HANDSHAKE_NONCE));
    this.redirectLoopCounter = JsNumbers.numberOrZero(request.getCookie(REDIRECT_COUNT));
  }

  /** The request's public URL ({@link ClerkUrl#fromRequest}), built the first time it is needed. */
  ClerkUrl clerkUrl() {
    ClerkUrl url = clerkUrl;
    if (url == null) {
      url = ClerkUrl.fromRequest(request);
      clerkUrl = url;
    }
    return url;
  }

  /** The cookie suffix: first 8 characters of base64url(SHA-1(publishable key)). */
  String suffix() {
    return cookieSuffix;
  }

  /** True when the cookie flow can run: a publishable key gives the Frontend API and the suffix. */
  boolean hasPublishableKey() {
    return publishableKey != null;
  }

  /** The cookie session token, else the header token (used for the handshake URL and refresh). */
  String sessionToken() {
    return sessionTokenInCookie != null ? sessionTokenInCookie : tokenInHeader;
  }

  boolean isSatellite() {
    return settings.satellite;
  }

  /** A query parameter of the public URL (empty counts as absent), or null. */
  String query(String name) {
    return request.hasQuery() ? nonEmpty(clerkUrl().queryParam(name)) : null;
  }

  /** The common fields of reference §1.10 on a state. */
  RequestState withCommonFields(RequestState state) {
    return state.withCommonFields(proxyUrl, publishableKey, settings.satellite, settings.domain, settings.signInUrl,
        settings.signUpUrl, settings.afterSignInUrl, settings.afterSignUpUrl);
  }

  private String suffixedOrNot(String name) {
    if (publishableKey == null) {
      return cookie(name);
    }
    return suffixed ? cookie(SuffixedCookies.suffixed(name, suffix())) : cookie(name);
  }

  private String cookie(String name) {
    return nonEmpty(request.getCookie(name));
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
