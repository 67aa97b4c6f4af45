package io.clerkservlet;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.auth.InvalidTokenAuthObject;
import io.clerkservlet.auth.MachineAuthObject;
import io.clerkservlet.auth.SignedOutAuthObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link ClerkClient#authenticateRequest(ClerkRequest, AuthenticateRequestOptions)}:
 * status, {@code @clerk/backend}'s reason and message, token type, the headers to add to the
 * response, and {@link #toAuth()}. Never thrown; {@link #toString()} never shows the token.
 */
public final class RequestState {
  /** Debug header: the status. */
  public static final String HEADER_AUTH_STATUS = "x-clerk-auth-status";
  /** Debug header: the reason. */
  public static final String HEADER_AUTH_REASON = "x-clerk-auth-reason";
  /** Debug header: the message. */
  public static final String HEADER_AUTH_MESSAGE = "x-clerk-auth-message";
  /** The reason when a machine type is accepted and no token was sent (a literal, as in {@code @clerk/backend}). */
  public static final String REASON_NO_TOKEN_IN_HEADER = "No token in header";
  /** The reason when the token is of a type that is not accepted. */
  public static final String REASON_TOKEN_TYPE_MISMATCH = "token-type-mismatch";

  private final AuthStatus status;
  private final String reason;
  private final String message;
  private final TokenType tokenType;
  private final String token;
  private final AuthObject signedInAuth;
  private final FailureCategory category;
  private final Map<String, List<String>> headers;
  private final CommonFields common;

  private RequestState(AuthStatus status, String reason, String message, TokenType tokenType, String token,
      AuthObject signedInAuth, FailureCategory category, Map<String, List<String>> headers) {
    this.status = status;
    this.reason = reason;
    this.message = message;
    this.tokenType = tokenType;
    this.token = token;
    this.signedInAuth = signedInAuth;
    this.category = category;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(copy);
    this.common = CommonFields.NONE;
  }

  private RequestState(RequestState state, CommonFields common) {
    this.status = state.status;
    this.reason = state.reason;
    this.message = state.message;
    this.tokenType = state.tokenType;
    this.token = state.token;
    this.signedInAuth = state.signedInAuth;
    this.category = state.category;
    this.headers = state.headers;
    this.common = common;
  }

  /**
   * A copy of this state carrying the settings of the call it answers (null gives ""), as
   * {@code @clerk/backend} reports them on every state.
   */
  public RequestState withCommonFields(String proxyUrl, String publishableKey, boolean satellite, String domain,
      String signInUrl, String signUpUrl, String afterSignInUrl, String afterSignUpUrl) {
    return new RequestState(this, new CommonFields(proxyUrl, publishableKey, satellite, domain, signInUrl, signUpUrl,
        afterSignInUrl, afterSignUpUrl));
  }

  /** A signed-in state; {@code auth} is what {@link #toAuth()} returns. */
  public static RequestState signedIn(TokenType tokenType, String token, AuthObject auth,
      Map<String, List<String>> headers) {
    return new RequestState(AuthStatus.SIGNED_IN, null, null, tokenType, token, auth, null, headers);
  }

  /** A signed-out state, with the debug headers added to {@code headers}. */
  public static RequestState signedOut(TokenType tokenType, String reason, String message,
      FailureCategory category, Map<String, List<String>> headers) {
    String msg = message == null ? "" : message;
    return new RequestState(AuthStatus.SIGNED_OUT, reason, msg, tokenType, null, null, category,
        withDebugHeaders(headers, AuthStatus.SIGNED_OUT, reason, msg));
  }

  /** A handshake state, with the debug headers added to {@code headers} (Location, Set-Cookie…). */
  public static RequestState handshake(String reason, String message, Map<String, List<String>> headers) {
    String msg = message == null ? "" : message;
    return new RequestState(AuthStatus.HANDSHAKE, reason, msg, TokenType.SESSION_TOKEN, null, null, null,
        withDebugHeaders(headers, AuthStatus.HANDSHAKE, reason, msg));
  }

  /** The state for a token whose type is not in an {@code acceptsToken} list (token type null). */
  public static RequestState invalidToken() {
    return new RequestState(AuthStatus.SIGNED_OUT, REASON_TOKEN_TYPE_MISMATCH, "", null, null, null,
        FailureCategory.INVALID_TOKEN, withDebugHeaders(Collections.<String, List<String>>emptyMap(),
            AuthStatus.SIGNED_OUT, REASON_TOKEN_TYPE_MISMATCH, ""));
  }

  private static Map<String, List<String>> withDebugHeaders(Map<String, List<String>> headers,
      AuthStatus status, String reason, String message) {
    Map<String, List<String>> out = new LinkedHashMap<>(headers);
    putIfSafe(out, HEADER_AUTH_STATUS, status.getValue());
    if (reason != null) {
      putIfSafe(out, HEADER_AUTH_REASON, reason);
    }
    if (!message.isEmpty()) {
      putIfSafe(out, HEADER_AUTH_MESSAGE, message);
    }
    return out;
  }

  /** Skips values a header cannot carry (control characters, non-Latin-1), as the JS SDK does. */
  private static void putIfSafe(Map<String, List<String>> headers, String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xff || c < 0x20 || c == 0x7f) {
        return;
      }
    }
    headers.put(name, Collections.singletonList(value));
  }

  /** signed-in, signed-out or handshake. */
  public AuthStatus getStatus() {
    return status;
  }

  /** True when signed in. */
  public boolean isAuthenticated() {
    return status == AuthStatus.SIGNED_IN;
  }

  /** Why not signed in ({@code token-expired}, {@code No token in header}, …); null when signed in. */
  public String getReason() {
    return reason;
  }

  /** The human-readable message; null when signed in, possibly "" otherwise. */
  public String getMessage() {
    return message;
  }

  /** The token type: verified, requested, or null for the invalid-token state. */
  public TokenType getTokenType() {
    return tokenType;
  }

  /** The raw token when signed in, else null. Never in {@link #toString()}. */
  public String getToken() {
    return token;
  }

  /**
   * For signed-out states, whether the token was bad (answer 401), could not be checked because
   * Clerk was unreachable or slow (answer 503), or cannot be checked with our own configuration
   * (answer 500); null when signed in or handshake.
   */
  public FailureCategory getFailureCategory() {
    return category;
  }

  /** Headers to add to the response, in order ({@code Set-Cookie} may repeat). */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The Frontend API proxy URL in effect (a relative one resolved against the request), or "". */
  public String getProxyUrl() {
    return common.proxyUrl;
  }

  /** The publishable key in effect, or "". */
  public String getPublishableKey() {
    return common.publishableKey;
  }

  /** True when the request was authenticated for a satellite application. */
  public boolean isSatellite() {
    return common.satellite;
  }

  /** The satellite domain in effect, or "". */
  public String getDomain() {
    return common.domain;
  }

  /** The sign-in URL in effect, or "". */
  public String getSignInUrl() {
    return common.signInUrl;
  }

  /** The sign-up URL in effect, or "". */
  public String getSignUpUrl() {
    return common.signUpUrl;
  }

  /** The after-sign-in URL in effect, or "". */
  public String getAfterSignInUrl() {
    return common.afterSignInUrl;
  }

  /** The after-sign-up URL in effect, or "". */
  public String getAfterSignUpUrl() {
    return common.afterSignUpUrl;
  }

  /** {@link #toAuth(boolean)} with pending sessions treated as signed out (the default). */
  public AuthObject toAuth() {
    return toAuth(true);
  }

  /**
   * The auth object: signed in, signed out, machine (authenticated or not), invalid-token, or null
   * for a handshake.
   */
  public AuthObject toAuth(boolean treatPendingAsSignedOut) {
    if (status == AuthStatus.HANDSHAKE) {
      return null;
    }
    if (status == AuthStatus.SIGNED_IN) {
      if (treatPendingAsSignedOut && tokenType == TokenType.SESSION_TOKEN
          && "pending".equals(signedInAuth.getSessionStatus())) {
        return SignedOutAuthObject.pending();
      }
      return signedInAuth;
    }
    if (tokenType == null) {
      return InvalidTokenAuthObject.get();
    }
    return tokenType.isMachine() ? MachineAuthObject.unauthenticated(tokenType) : SignedOutAuthObject.get();
  }

  @Override
  public String toString() {
    return "RequestState{status=" + status + ", reason=" + reason + ", message=" + message
        + ", tokenType=" + tokenType + "}";
  }

  /** The settings of the call a state answers, as {@code @clerk/backend} reports them; "" when unset. */
  private static final class CommonFields {
    static final CommonFields NONE = new CommonFields(null, null, false, null, null, null, null, null);

    final String proxyUrl;
    final String publishableKey;
    final boolean satellite;
    final String domain;
    final String signInUrl;
    final String signUpUrl;
    final String afterSignInUrl;
    final String afterSignUpUrl;

    CommonFields(String proxyUrl, String publishableKey, boolean satellite, String domain, String signInUrl,
        String signUpUrl, String afterSignInUrl, String afterSignUpUrl) {
      this.proxyUrl = empty(proxyUrl);
      this.publishableKey = empty(publishableKey);
      this.satellite = satellite;
      this.domain = empty(domain);
      this.signInUrl = empty(signInUrl);
      this.signUpUrl = empty(signUpUrl);
      this.afterSignInUrl = empty(afterSignInUrl);
      this.afterSignUpUrl = empty(afterSignUpUrl);
    }

    private static String empty(String value) {
      return value == null ? "" : value;
    }
  }
}
