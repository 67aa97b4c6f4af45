package io.clerkservlet.internal.request;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.internal.jwt.JwtDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Cookie names with the instance suffix ({@code __session_<suffix>}) and {@code @clerk/backend}'s
 * rules for reading the suffixed or the unsuffixed cookies (reference §1.3, usesSuffixedCookies).
 */
final class SuffixedCookies {
  static final String SESSION = "__session";
  static final String CLIENT_UAT = "__client_uat";
  static final String REFRESH = "__refresh";
  static final String DEV_BROWSER = "__clerk_db_jwt";

  /**
   * The last key and its suffix and suffixed names ({@code {key, suffix, __session_s, __client_uat_s,
   * __refresh_s, __clerk_db_jwt_s}}): a filter has one publishable key, so its requests neither
   * hash the key nor build the names again. JDK objects only (no class loader pinned).
   */
  private static volatile String[] last = new String[0];

  private SuffixedCookies() {
  }

  /** The first 8 characters of base64url(SHA-1(publishable key)), {@code +}/{@code /} mapped to {@code -}/{@code _}. */
  static String suffix(String publishableKey) {
    String[] memo = last;
    if (memo.length > 0 && memo[0].equals(publishableKey)) {
      return memo[1];
    }
    String suffix = computeSuffix(publishableKey);
    last = new String[] {publishableKey, suffix, SESSION + "_" + suffix, CLIENT_UAT + "_" + suffix,
        REFRESH + "_" + suffix, DEV_BROWSER + "_" + suffix};
    return suffix;
  }

  private static String computeSuffix(String publishableKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(publishableKey.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest).replace('+', '-').replace('/', '_').substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e);
    }
  }

  /** {@code <name>_<suffix>}. */
  static String suffixed(String name, String suffix) {
    String[] memo = last;
    if (memo.length > 0 && memo[1].equals(suffix)) {
      for (int i = 2; i < memo.length; i++) {
        if (memo[i].length() == name.length() + 1 + suffix.length() && memo[i].startsWith(name)) {
          return memo[i];
        }
      }
    }
    return name + "_" + suffix;
  }

  /**
   * Whether the suffixed cookies are the ones to read, by the eight rules of reference §1.3 in
   * order.
   *
   * @param originalFrontendApi the instance's Frontend API before any proxy override (a production
   *     satellite's is {@code clerk.<domain>})
   */
  static boolean usesSuffixed(ClerkRequest request, String suffix, String originalFrontendApi,
      boolean production, long nowMillis) {
    String suffixedUat = nonEmpty(request.getCookie(suffixed(CLIENT_UAT, suffix)));
    String uat = nonEmpty(request.getCookie(CLIENT_UAT));
    String suffixedSession = nonEmpty(request.getCookie(suffixed(SESSION, suffix)));
    String session = nonEmpty(request.getCookie(SESSION));
    Map<String, Object> sessionClaims = claims(session);
    if (session != null && !isTruthy(sessionClaims == null ? null : sessionClaims.get("iss"))) {
      return false;
    }
    if (session != null && !belongsToInstance(sessionClaims, originalFrontendApi)) {
      return true;
    }
    if (suffixedUat == null && suffixedSession == null) {
      return false;
    }
    Map<String, Object> suffixedClaims = claims(suffixedSession);
    double sessionIat = numberOrZero(sessionClaims, "iat");
    double suffixedIat = numberOrZero(suffixedClaims, "iat");
    if (!"0".equals(suffixedUat) && !"0".equals(uat) && sessionIat > suffixedIat) {
      return false;
    }
    if ("0".equals(suffixedUat) && !"0".equals(uat)) {
      return false;
    }
    if (!production && !"0".equals(suffixedUat) && "0".equals(uat) && expired(suffixedClaims, nowMillis)) {
      return false;
    }
    return !(suffixedUat == null && suffixedSession != null);
  }

  private static boolean belongsToInstance(Map<String, Object> claims, String originalFrontendApi) {
    if (claims == null || !(claims.get("iss") instanceof String)) {
      return false;
    }
    String issuer = ((String) claims.get("iss")).replaceAll("(?i)https?://", "");
    return issuer.equals(originalFrontendApi);
  }

  /** {@code exp <= floor(now / 1000)}; false without a decodable token. */
  private static boolean expired(Map<String, Object> claims, long nowMillis) {
    if (claims == null) {
      return false;
    }
    Object exp = claims.get("exp");
    return exp instanceof Number && ((Number) exp).doubleValue() <= Math.floor(nowMillis / 1000d);
  }

  private static double numberOrZero(Map<String, Object> claims, String name) {
    Object value = claims == null ? null : claims.get(name);
    if (!(value instanceof Number)) {
      return 0;
    }
    double d = ((Number) value).doubleValue();
    return Double.isNaN(d) ? 0 : d;
  }

  private static boolean isTruthy(Object value) {
    if (value == null || Boolean.FALSE.equals(value) || "".equals(value)) {
      return false;
    }
    return !(value instanceof Number) || ((Number) value).doubleValue() != 0;
  }

  /** The payload of a token, or null when it cannot be decoded. */
  static Map<String, Object> claims(String token) {
    if (token == null) {
      return null;
    }
    try {
      return JwtDecoder.decode(token).payload();
    } catch (TokenVerificationException e) {
      return null;
    }
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
