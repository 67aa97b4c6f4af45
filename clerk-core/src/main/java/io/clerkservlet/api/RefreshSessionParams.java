package io.clerkservlet.api;

import io.clerkservlet.internal.Redaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters of {@link SessionApi#refreshSession(String, RefreshSessionParams)}: the expired
 * session JWT, the refresh token from the {@code __refresh} cookie and the request's origin.
 * {@link #toString()} never shows the tokens.
 */
public final class RefreshSessionParams {
  /** The shape of the answer. */
  public enum Format {
    /** {@code {"object": "token", "jwt"}} (Clerk's default). */
    TOKEN("token"),
    /** {@code {"object": "cookies", "cookies": [Set-Cookie values]}}, as {@code @clerk/backend} asks. */
    COOKIE("cookie");

    private final String wireValue;

    Format(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The value Clerk expects in {@code format}. */
    public String wireValue() {
      return wireValue;
    }
  }

  private final String expiredToken;
  private final String refreshToken;
  private final String requestOrigin;
  private final Map<String, List<String>> requestHeaders;
  private final Format format;
  private final boolean suffixedCookies;

  private RefreshSessionParams(Builder b) {
    this.expiredToken = b.expiredToken;
    this.refreshToken = b.refreshToken;
    this.requestOrigin = b.requestOrigin;
    this.requestHeaders = b.requestHeaders == null ? null : Collections.unmodifiableMap(b.requestHeaders);
    this.format = b.format;
    this.suffixedCookies = b.suffixedCookies;
  }

  /** A new builder; expiredToken, refreshToken and requestOrigin are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The expired session JWT (its {@code sid} must be the session refreshed). */
  public String getExpiredToken() {
    return expiredToken;
  }

  /** The refresh token from the {@code __refresh} cookie. */
  public String getRefreshToken() {
    return refreshToken;
  }

  /** The origin of the request being authenticated, for example {@code https://app.example.com}. */
  public String getRequestOrigin() {
    return requestOrigin;
  }

  /** The request's headers (name to values), or null. */
  public Map<String, List<String>> getRequestHeaders() {
    return requestHeaders;
  }

  /** The answer's shape, or null for Clerk's default (token). */
  public Format getFormat() {
    return format;
  }

  /** True to ask for suffixed cookie names ({@code __session_<suffix>}) too. */
  public boolean isSuffixedCookies() {
    return suffixedCookies;
  }

  @Override
  public String toString() {
    return "RefreshSessionParams{expiredToken=" + Redaction.secret(expiredToken)
        + ", refreshToken=" + Redaction.secret(refreshToken) + ", requestOrigin=" + requestOrigin
        + ", format=" + format + ", suffixedCookies=" + suffixedCookies + "}";
  }

  /** Builds {@link RefreshSessionParams}. */
  public static final class Builder {
    private String expiredToken;
    private String refreshToken;
    private String requestOrigin;
    private Map<String, List<String>> requestHeaders;
    private Format format;
    private boolean suffixedCookies;

    private Builder() {
    }

    /** The expired session JWT from the {@code __session} cookie; required. */
    public Builder expiredToken(String token) {
      this.expiredToken = token;
      return this;
    }

    /** The refresh token from the {@code __refresh} cookie; required. */
    public Builder refreshToken(String token) {
      this.refreshToken = token;
      return this;
    }

    /** The origin of the request, for example {@code https://app.example.com}; required. */
    public Builder requestOrigin(String origin) {
      this.requestOrigin = origin;
      return this;
    }

    /** The request's headers, name to values (copied). */
    public Builder requestHeaders(Map<String, ? extends List<String>> headers) {
      if (headers == null) {
        this.requestHeaders = null;
        return this;
      }
      this.requestHeaders = new LinkedHashMap<>();
      for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
        requestHeaders.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
      }
      return this;
    }

    /** The answer's shape; Clerk's default is {@link Format#TOKEN}. */
    public Builder format(Format format) {
      this.format = format;
      return this;
    }

    /** Ask for suffixed cookie names too (sent as {@code suffixed_cookies=true}). */
    public Builder suffixedCookies(boolean suffixed) {
      this.suffixedCookies = suffixed;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "expiredToken is required", "refreshToken is required" or
     *     "requestOrigin is required"
     */
    public RefreshSessionParams build() {
      Params.require("expiredToken", expiredToken);
      Params.require("refreshToken", refreshToken);
      Params.require("requestOrigin", requestOrigin);
      return new RefreshSessionParams(this);
    }
  }
}
