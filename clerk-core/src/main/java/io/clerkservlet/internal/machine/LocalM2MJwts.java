package io.clerkservlet.internal.machine;

import io.clerkservlet.TokenVerificationErrorReason;
import io.clerkservlet.TokenVerificationException;
import io.clerkservlet.VerifyTokenOptions;
import io.clerkservlet.model.M2MToken;
import java.time.Clock;
import java.util.Collections;
import java.util.function.Function;

/**
 * {@code m2mTokens().verify} for M2M JWTs (only those: {@code sub} starts with {@code mch_}, so the
 * M2M checks apply): verified locally with the client's keys, as {@code @clerk/backend}'s
 * {@code M2MTokenApi.verify} does, and returned as an {@link M2MToken}.
 */
public final class LocalM2MJwts implements Function<String, M2MToken> {
  private final MachineTokenVerifier verifier;
  private final String secretKey;
  private final String jwtKey;
  private final Clock clock;

  /** Creates the verifier with the client's keys (either may be null). */
  public LocalM2MJwts(MachineTokenVerifier verifier, String secretKey, String jwtKey, Clock clock) {
    this.verifier = verifier;
    this.secretKey = secretKey;
    this.jwtKey = jwtKey;
    this.clock = clock;
  }

  /**
   * Verifies the JWT.
   *
   * @throws TokenVerificationException {@code token-invalid} or {@code token-verification-failed}
   */
  @Override
  public M2MToken apply(String jwt) {
    MachineVerification v;
    try {
      v = verifier.verify(jwt, new MachineTokenVerifier.Keys(secretKey, null, jwtKey,
          Collections.<String>emptyList(), VerifyTokenOptions.DEFAULT_CLOCK_SKEW));
    } catch (MachineTokenVerificationException e) {
      TokenVerificationErrorReason reason = MachineTokenVerificationException.TOKEN_INVALID.equals(e.code())
          ? TokenVerificationErrorReason.TOKEN_INVALID : TokenVerificationErrorReason.TOKEN_VERIFICATION_FAILED;
      throw new TokenVerificationException(reason, e.getMessage(), null);
    }
    Long expiration = v.expiresAtMillis();
    boolean expired = expiration != null && expiration <= clock.millis();
    return new M2MToken(v.id(), v.subject(), v.claims(), v.scopes(), jwt, expired, expiration,
        v.issuedAtMillis() == null ? 0L : v.issuedAtMillis());
  }
}
