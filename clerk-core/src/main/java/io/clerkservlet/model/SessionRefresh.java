package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;
import java.util.Collections;
import java.util.List;

/**
 * The answer to a session refresh: either {@code {"object": "token", "jwt"}} or, when cookies were
 * asked for, {@code {"object": "cookies", "cookies": [Set-Cookie values]}}. {@link #getSessionToken()}
 * reads the new session JWT from either shape. {@link #toString()} hides tokens.
 */
public final class SessionRefresh {
  /** The {@code object} of the token shape. */
  public static final String TOKEN = "token";
  /** The {@code object} of the cookies shape. */
  public static final String COOKIES = "cookies";

  private String object;
  private String jwt;
  private List<String> cookies;

  private SessionRefresh() {
  }

  /** {@link #TOKEN} or {@link #COOKIES}. */
  public String getObject() {
    return object;
  }

  /** True for the cookies shape. */
  public boolean isCookies() {
    return COOKIES.equals(object);
  }

  /** The new session JWT of the token shape, else null. */
  public String getJwt() {
    return jwt;
  }

  /** The {@code Set-Cookie} header values of the cookies shape; empty for the token shape. */
  public List<String> getCookies() {
    return cookies == null ? Collections.<String>emptyList() : Collections.unmodifiableList(cookies);
  }

  /**
   * The new session JWT: {@link #getJwt()} for the token shape, else the value of the first cookie
   * whose name starts with {@code __session} (as {@code @clerk/backend} reads it); null when none.
   */
  public String getSessionToken() {
    if (jwt != null) {
      return jwt;
    }
    for (String cookie : getCookies()) {
      int eq = cookie.indexOf('=');
      if (eq > 0 && cookie.substring(0, eq).trim().startsWith("__session")) {
        int end = cookie.indexOf(';', eq);
        return cookie.substring(eq + 1, end < 0 ? cookie.length() : end).trim();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "SessionRefresh{object=" + object + ", jwt=" + Redaction.secret(jwt)
        + ", cookies=" + getCookies().size() + "}";
  }
}
