package io.clerkservlet.internal.machine;

import io.clerkservlet.FailureCategory;
import io.clerkservlet.TokenType;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.internal.jwt.DecodedJwt;
import io.clerkservlet.internal.jwt.JwtDecoder;
import io.clerkservlet.internal.jwt.SessionTokenVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code verifyMachineAuthToken}: JWT-format M2M and OAuth tokens locally against the instance keys,
 * opaque tokens through the Backend API.
 */
public final class MachineTokenVerifier {
  private static final List<String> RESERVED_M2M_CLAIMS = Arrays.asList("iss", "sub", "exp", "nbf", "iat", "jti");

  private final SessionTokenVerifier jwts;
  private final OpaqueTokenVerifier opaque;

  /** Creates the verifier. */
  public MachineTokenVerifier(SessionTokenVerifier jwts, OpaqueTokenVerifier opaque) {
    this.jwts = jwts;
    this.opaque = opaque;
  }

  /** The keys and checks of one verification. */
  public static final class Keys {
    final String secretKey;
    final String machineSecretKey;
    final String jwtKey;
    final List<String> audience;
    final Duration clockSkew;

    /** Creates the settings (keys may be null). */
    public Keys(String secretKey, String machineSecretKey, String jwtKey, List<String> audience, Duration clockSkew) {
      this.secretKey = secretKey;
      this.machineSecretKey = machineSecretKey;
      this.jwtKey = jwtKey;
      this.audience = audience;
      this.clockSkew = clockSkew;
    }
  }

  /**
   * Verifies a machine token.
   *
   * @throws MachineTokenVerificationException on any failure
   */
  public MachineVerification verify(String token, Keys keys) {
    if (JwtDecoder.isJwtFormat(token)) {
      return verifyJwt(token, keys);
    }
    if (token.startsWith("mt_")) {
      String bearer = keys.machineSecretKey != null ? keys.machineSecretKey : keys.secretKey;
      return opaque.verify(TokenType.M2M_TOKEN, token, bearer, keys.audience);
    }
    TokenType type = token.startsWith("oat_") ? TokenType.OAUTH_TOKEN : TokenType.API_KEY;
    return opaque.verify(type, token, keys.secretKey, keys.audience);
  }

  private MachineVerification verifyJwt(String token, Keys keys) {
    DecodedJwt jwt;
    try {
      jwt = JwtDecoder.decode(token);
    } catch (TokenVerificationException e) {
      throw failure(TokenType.M2M_TOKEN, MachineTokenVerificationException.TOKEN_INVALID, e.getMessage(),
          FailureCategory.INVALID_TOKEN);
    }
    if (MachineTokens.isMachineSubject(jwt.payload().get("sub"))) {
      Object cat = jwt.header().get("cat");
      if (cat != null && !MachineTokens.CATEGORY_M2M.equals(cat)) {
        throw failure(TokenType.M2M_TOKEN, MachineTokenVerificationException.TOKEN_INVALID,
            "Invalid M2M JWT category.", FailureCategory.INVALID_TOKEN);
      }
      Map<String, Object> claims = check(TokenType.M2M_TOKEN, jwt, options(keys, keys.audience, null));
      return m2mFromClaims(claims, token);
    }
    if (MachineTokens.isOAuthType(jwt.header().get("typ"))) {
      Map<String, Object> claims = check(TokenType.OAUTH_TOKEN, jwt,
          options(keys, Collections.<String>emptyList(), new String[] {"at+jwt", "application/at+jwt"}));
      OAuthAudience.check(claims.get("aud"), keys.audience);
      return oauthFromClaims(claims);
    }
    Object typ = jwt.header().get("typ");
    throw failure(TokenType.OAUTH_TOKEN, MachineTokenVerificationException.TOKEN_VERIFICATION_FAILED,
        "Invalid JWT type: " + (typ == null ? "missing" : typ) + ". Expected one of: at+jwt, application/at+jwt"
            + " for OAuth, or sub starting with 'mch_' for M2M", FailureCategory.INVALID_TOKEN);
  }

  private static VerifyTokenOptions options(Keys keys, List<String> audience, String[] headerType) {
    VerifyTokenOptions.Builder b = VerifyTokenOptions.builder().secretKey(keys.secretKey).jwtKey(keys.jwtKey)
        .audience(audience).clockSkew(keys.clockSkew);
    return (headerType == null ? b : b.headerType(headerType)).build();
  }

  private Map<String, Object> check(TokenType type, DecodedJwt jwt, VerifyTokenOptions options) {
    try {
      return jwts.verifyWithKey(jwt, jwts.resolve(jwt, options), options);
    } catch (TokenVerificationException e) {
      throw failure(type, MachineTokenVerificationException.TOKEN_VERIFICATION_FAILED, e.getMessage(),
          e.getReason().getCategory());
    }
  }

  private MachineVerification m2mFromClaims(Map<String, Object> claims, String token) {
    Map<String, Object> custom = new LinkedHashMap<>(claims);
    custom.keySet().removeAll(RESERVED_M2M_CLAIMS);
    List<String> scopes = claims.get("scopes") instanceof String
        ? Arrays.asList(((String) claims.get("scopes")).split(" ")) : strings(claims.get("aud"));
    return new MachineVerification(TokenType.M2M_TOKEN, stringOr(claims.get("jti"), ""), (String) claims.get("sub"),
        scopes, custom.isEmpty() ? null : custom, null, null, millis(claims, "exp"),
        millis(claims, "iat"));
  }

  private MachineVerification oauthFromClaims(Map<String, Object> claims) {
    List<String> scopes = claims.get("scp") instanceof List ? strings(claims.get("scp"))
        : claims.get("scope") instanceof String ? Arrays.asList(((String) claims.get("scope")).split(" "))
        : Collections.<String>emptyList();
    return new MachineVerification(TokenType.OAUTH_TOKEN, stringOr(claims.get("jti"), ""),
        (String) claims.get("sub"), scopes, null, null, stringOr(claims.get("client_id"), ""), millis(claims, "exp"),
        millis(claims, "iat"));
  }

  private static Long millis(Map<String, Object> claims, String name) {
    Object seconds = claims.get(name);
    return seconds instanceof Number ? (long) (((Number) seconds).doubleValue() * 1000) : null;
  }

  private static String stringOr(Object value, String fallback) {
    return value instanceof String ? (String) value : fallback;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item instanceof String) {
          out.add((String) item);
        }
      }
    } else if (value instanceof String) {
      out.add((String) value);
    }
    return out;
  }

  private static MachineTokenVerificationException failure(TokenType type, String code, String message,
      FailureCategory category) {
    return new MachineTokenVerificationException(type, code, message, null, category);
  }
}
