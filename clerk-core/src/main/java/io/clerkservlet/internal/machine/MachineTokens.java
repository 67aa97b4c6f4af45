package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.jwt.DecodedJwt;
import io.clerkservlet.internal.jwt.JwtDecoder;
import java.util.Map;

/** Token kind detection, as {@code @clerk/backend}'s {@code tokens/machine.ts} and {@code jwtCategories.ts}. */
public final class MachineTokens {
  /** {@code cat} of session tokens. */
  public static final String CATEGORY_SESSION = "cl_B7d4PD111AAA";
  /** {@code cat} of JWT-template tokens. */
  public static final String CATEGORY_TEMPLATE = "cl_B7d4PD222AAA";
  /** {@code cat} of M2M tokens. */
  public static final String CATEGORY_M2M = "cl_B7d4PD333AAA";
  /** {@code cat} that carries no class information. */
  public static final String CATEGORY_IGNORE = "cl_I7d4PD111III";

  private MachineTokens() {
  }

  /**
   * The header and payload of a JWT-format token, or null when it is not one or any of its three
   * parts cannot be decoded (as {@code decodeJwt} fails in {@code isM2MJwt}/{@code isOAuthJwt}).
   */
  static Parts parts(String token) {
    if (!JwtDecoder.isJwtFormat(token)) {
      return null;
    }
    int first = token.indexOf('.');
    int second = token.indexOf('.', first + 1);
    if (!JwtDecoder.isCanonicalBase64Url(token, second + 1, token.length())) {
      return null;
    }
    Map<String, Object> header = JwtDecoder.tryParseObject(token, 0, first);
    Map<String, Object> payload = header == null ? null : JwtDecoder.tryParseObject(token, first + 1, second);
    return payload == null ? null : new Parts(header, payload);
  }

  static final class Parts {
    final Map<String, Object> header;
    final Map<String, Object> payload;

    Parts(Map<String, Object> header, Map<String, Object> payload) {
      this.header = header;
      this.payload = payload;
    }
  }

  /** An OAuth access token JWT: header {@code typ} is {@code at+jwt} or {@code application/at+jwt}. */
  public static boolean isOAuthJwt(String token) {
    Parts p = parts(token);
    return p != null && isOAuthType(p.header.get("typ"));
  }

  static boolean isOAuthType(Object typ) {
    return "at+jwt".equals(typ) || "application/at+jwt".equals(typ);
  }

  /** An M2M JWT: payload {@code sub} is a string starting with {@code mch_}. */
  public static boolean isM2MJwt(String token) {
    Parts p = parts(token);
    return p != null && isMachineSubject(p.payload.get("sub"));
  }

  static boolean isMachineSubject(Object sub) {
    return sub instanceof String && ((String) sub).startsWith("mch_");
  }

  /** An M2M or OAuth JWT. */
  public static boolean isMachineJwt(String token) {
    Parts p = parts(token);
    return p != null && (isOAuthType(p.header.get("typ")) || isMachineSubject(p.payload.get("sub")));
  }

  /** {@link #isMachineJwt(String)} of an already decoded token. */
  public static boolean isMachineJwt(DecodedJwt jwt) {
    return isOAuthType(jwt.header().get("typ")) || isMachineSubject(jwt.payload().get("sub"));
  }

  /** {@link #hasNonSessionCategory(String)} of an already decoded token. */
  public static boolean hasNonSessionCategory(DecodedJwt jwt) {
    Object cat = jwt.header().get("cat");
    return cat != null && !CATEGORY_SESSION.equals(cat) && !CATEGORY_IGNORE.equals(cat);
  }

  /** A token with an opaque machine prefix ({@code mt_}, {@code oat_}, {@code ak_}) or a machine JWT. */
  public static boolean isMachineToken(String token) {
    return token != null && (token.startsWith("mt_") || token.startsWith("oat_") || token.startsWith("ak_")
        || isMachineJwt(token));
  }

  /**
   * The machine type: {@code mt_} or M2M JWT, then {@code oat_} or OAuth JWT, then {@code ak_}.
   *
   * @throws IllegalArgumentException "Unknown machine token type" for anything else
   */
  public static TokenType machineTokenType(String token) {
    if (token.startsWith("mt_") || isM2MJwt(token)) {
      return TokenType.M2M_TOKEN;
    }
    if (token.startsWith("oat_") || isOAuthJwt(token)) {
      return TokenType.OAUTH_TOKEN;
    }
    if (token.startsWith("ak_")) {
      return TokenType.API_KEY;
    }
    throw new IllegalArgumentException("Unknown machine token type");
  }

  /** True when the JWT's {@code cat} is present and is neither the session nor the ignore category. */
  public static boolean hasNonSessionCategory(String token) {
    Parts p = parts(token);
    Object cat = p == null ? null : p.header.get("cat");
    return cat != null && !CATEGORY_SESSION.equals(cat) && !CATEGORY_IGNORE.equals(cat);
  }
}
