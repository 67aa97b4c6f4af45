package io.clerkservlet.internal.jwt;

import static io.clerkservlet.internal.jwt.JsValues.stringify;
import static io.clerkservlet.internal.jwt.JsValues.utcString;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import java.util.List;
import java.util.Map;

/** The claim assertions of {@code @clerk/backend}, with its reasons and messages. */
final class JwtClaimChecks {
  private static final String ENSURE = TokenVerificationException.ACTION_ENSURE_CLERK_JWT;

  private JwtClaimChecks() {
  }

  /**
   * Checked only when both the configured audience and the token's truthy {@code aud} values are
   * non-empty. Unlike {@code @clerk/backend}, an {@code aud} that is neither a string nor an array
   * of strings fails instead of passing unchecked.
   */
  static void audience(Map<String, Object> claims, List<String> audience) {
    Object aud = claims.get("aud");
    if (audience.isEmpty() || !hasTruthyValue(aud)) {
      return;
    }
    if (aud instanceof String) {
      if (!audience.contains(aud)) {
        throw failed("Invalid JWT audience claim (aud) " + stringify(aud, true) + ". Is not included in \""
            + stringify(audience, true) + "\".");
      }
      return;
    }
    if (isStringArray(aud)) {
      for (Object a : (List<?>) aud) {
        if (audience.contains(a)) {
          return;
        }
      }
    }
    throw failed("Invalid JWT audience claim array (aud) " + stringify(aud, true)
        + ". Is not included in \"" + stringify(audience, true) + "\".");
  }

  static void authorizedParty(Map<String, Object> claims, List<String> parties) {
    if (parties.isEmpty()) {
      return;
    }
    Object azp = claims.get("azp");
    if (!(azp instanceof String) || ((String) azp).isEmpty() || !parties.contains(azp)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_AUTHORIZED_PARTIES,
          "Invalid JWT Authorized party claim (azp) " + stringify(azp, claims.containsKey("azp"))
              + ". Expected \"" + JsValues.join(parties) + "\".", null);
    }
  }

  static void issuer(Map<String, Object> claims, List<String> issuers) {
    if (issuers.isEmpty()) {
      return;
    }
    Object iss = claims.get("iss");
    if (!(iss instanceof String) || !issuers.contains(iss)) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_INVALID_ISSUER,
          "Invalid JWT issuer claim (iss) " + stringify(iss, claims.containsKey("iss")) + ". Expected \""
              + JsValues.join(issuers) + "\".", ENSURE);
    }
  }

  static void expiration(Map<String, Object> claims, long skew, long now) {
    Object exp = claims.get("exp");
    if (!(exp instanceof Number)) {
      throw failed("Invalid JWT expiry date claim (exp) " + stringify(exp, claims.containsKey("exp"))
          + ". Expected number.");
    }
    long expMillis = toMillis((Number) exp);
    if (expMillis <= now - skew) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_EXPIRED,
          "JWT is expired. Expiry date: " + utcString(expMillis) + ", Current date: " + utcString(now) + ".",
          null);
    }
  }

  static void notBefore(Map<String, Object> claims, long skew, long now) {
    if (!claims.containsKey("nbf")) {
      return;
    }
    Object nbf = claims.get("nbf");
    if (!(nbf instanceof Number)) {
      throw failed("Invalid JWT not before date claim (nbf) " + stringify(nbf, true) + ". Expected number.");
    }
    long nbfMillis = toMillis((Number) nbf);
    if (nbfMillis > now + skew) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_NOT_ACTIVE_YET,
          "JWT cannot be used prior to not before date claim (nbf). Not before date: " + utcString(nbfMillis)
              + "; Current date: " + utcString(now) + ";", null);
    }
  }

  static void issuedAt(Map<String, Object> claims, long skew, long now) {
    if (!claims.containsKey("iat")) {
      return;
    }
    Object iat = claims.get("iat");
    if (!(iat instanceof Number)) {
      throw failed("Invalid JWT issued at date claim (iat) " + stringify(iat, true) + ". Expected number.");
    }
    long iatMillis = toMillis((Number) iat);
    if (iatMillis > now + skew) {
      throw new TokenVerificationException(TokenVerificationErrorReason.TOKEN_IAT_IN_THE_FUTURE,
          "JWT issued at date claim (iat) is in the future. Issued at date: " + utcString(iatMillis)
              + "; Current date: " + utcString(now) + ";", null);
    }
  }

  /** Seconds (possibly fractional) to milliseconds, saturating instead of overflowing. */
  static long toMillis(Number seconds) {
    double millis = seconds.doubleValue() * 1000d;
    if (millis >= Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    if (millis <= Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return (long) Math.floor(millis);
  }

  private static boolean isStringArray(Object value) {
    if (!(value instanceof List) || ((List<?>) value).isEmpty()) {
      return false;
    }
    for (Object item : (List<?>) value) {
      if (!(item instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasTruthyValue(Object value) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (isTruthy(item)) {
          return true;
        }
      }
      return false;
    }
    return isTruthy(value);
  }

  private static boolean isTruthy(Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return false;
    }
    if (value instanceof String) {
      return !((String) value).isEmpty();
    }
    return !(value instanceof Number) || ((Number) value).doubleValue() != 0d;
  }

  private static TokenVerificationException failed(String message) {
    return new TokenVerificationException(TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED, message,
        ENSURE);
  }
}
