package io.clerkservlet.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mints Clerk-shaped JWTs signed with a fake instance's keys: session tokens, M2M JWTs, OAuth access
 * token JWTs, JWT-template tokens and handshake tokens. Get one from {@link FakeClerkBackend#tokens()}
 * or build it over your own keys and clock.
 *
 * <pre>{@code
 * String jwt = fake.tokens().sessionToken("user_123").organization("org_1", "acme", "admin").sign();
 * }</pre>
 */
public final class ClerkTokens {
  /** JOSE {@code cat} of session tokens. */
  public static final String CATEGORY_SESSION = "cl_B7d4PD111AAA";
  /** JOSE {@code cat} of JWT-template tokens. */
  public static final String CATEGORY_JWT_TEMPLATE = "cl_B7d4PD222AAA";
  /** JOSE {@code cat} of M2M JWTs. */
  public static final String CATEGORY_M2M = "cl_B7d4PD333AAA";
  /** JOSE {@code cat} that carries no class information. */
  public static final String CATEGORY_IGNORE = "cl_I7d4PD111III";

  private final ClerkSigningKeys keys;
  private final String frontendApi;
  private final Clock clock;

  /**
   * Tokens signed with {@code keys}, issued by {@code https://<frontendApi>}, timed by {@code clock}.
   *
   * @param frontendApi the Frontend API host, for example {@code clerk.example.test}
   */
  public ClerkTokens(ClerkSigningKeys keys, String frontendApi, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.frontendApi = Objects.requireNonNull(frontendApi, "frontendApi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The signing keys. */
  public ClerkSigningKeys keys() {
    return keys;
  }

  /** The {@code iss} of every token: {@code https://<frontendApi>}. */
  public String issuer() {
    return "https://" + frontendApi;
  }

  /** The clock for {@code iat}, {@code nbf} and {@code exp}. */
  public Clock clock() {
    return clock;
  }

  /** A session token for a user: {@code iss, sub, sid, iat, nbf (iat - 10 s), exp (iat + 60 s)}. */
  public SessionTokenBuilder sessionToken(String userId) {
    return new SessionTokenBuilder(this, require(userId, "userId"));
  }

  /** An M2M JWT ({@code cat: cl_B7d4PD333AAA}) for a machine: {@code sub: mch_…}, {@code jti: mt_…}. */
  public M2MJwtBuilder m2mJwt(String machineId) {
    return new M2MJwtBuilder(this, require(machineId, "machineId"));
  }

  /** An OAuth access token JWT ({@code typ: at+jwt}) issued to {@code clientId} for a user. */
  public OAuthJwtBuilder oauthJwt(String userId, String clientId) {
    return new OAuthJwtBuilder(this, require(userId, "userId"), require(clientId, "clientId"));
  }

  /** A free-form JWT with only {@code iss, iat, nbf, exp} (lifetime 60 s); add what you need. */
  public CustomJwtBuilder jwt() {
    return new CustomJwtBuilder(this);
  }

  /** A JWT-template token ({@code cat: cl_B7d4PD222AAA}) for a user. */
  public CustomJwtBuilder jwtTemplate(String userId) {
    return jwt().category(CATEGORY_JWT_TEMPLATE).claim("sub", require(userId, "userId"));
  }

  /**
   * A handshake token: payload {@code {"handshake": [Set-Cookie strings]}} and nothing else, as the
   * Frontend API sends in {@code __clerk_handshake}.
   */
  public CustomJwtBuilder handshakeToken(List<String> setCookieHeaders) {
    return jwt().withoutClaim("iss").withoutClaim("iat").withoutClaim("nbf").withoutClaim("exp")
        .claim("handshake", new ArrayList<>(require(setCookieHeaders, "setCookieHeaders")));
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
