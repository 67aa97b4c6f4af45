package io.clerkservlet.testkit;

import java.time.Duration;
import java.util.Map;

/**
 * A free-form JWT from {@link ClerkTokens#jwt()}: {@code iss, iat, nbf, exp} (lifetime 60 s) plus
 * whatever {@link #claim(String, Object)} adds; no {@code cat} unless {@link #category(String)} sets one.
 */
public final class CustomJwtBuilder extends JwtBuilder<CustomJwtBuilder> {
  CustomJwtBuilder(ClerkTokens tokens) {
    super(tokens, Duration.ofSeconds(60), 0);
  }

  @Override
  void putClaims(Map<String, Object> payload, long issuedAtSeconds) {
    payload.put("iss", tokens().issuer());
    putTimes(payload, issuedAtSeconds);
  }
}
