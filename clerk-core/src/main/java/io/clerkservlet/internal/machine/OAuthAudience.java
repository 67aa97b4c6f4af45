package io.clerkservlet.internal.machine;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.clerkservlet.FailureCategory;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code assertOAuthAudienceClaim}: with an audience configured, the token's {@code aud} must match one. */
final class OAuthAudience {
  private OAuthAudience() {
  }

  static void check(Object aud, List<String> audience) {
    if (audience.isEmpty()) {
      return;
    }
    List<String> tokenAud = aud == null ? null : asStrings(aud);
    if (tokenAud == null || tokenAud.isEmpty() || tokenAud.contains("")) {
      throw failed("Invalid OAuth audience claim (aud) " + stringify(aud)
          + ". Expected a non-empty string or a non-empty array of non-empty strings.");
    }
    for (String a : tokenAud) {
      if (audience.contains(a)) {
        return;
      }
    }
    throw failed("OAuth audience mismatch. Verification expected audience " + stringify(audience)
        + ", but incoming token has aud " + stringify(aud) + ".");
  }

  private static List<String> asStrings(Object aud) {
    List<?> items = aud instanceof List ? (List<?>) aud : Collections.singletonList(aud);
    List<String> out = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof String)) {
        return null;
      }
      out.add((String) item);
    }
    return out;
  }

  private static String stringify(Object value) {
    try {
      return value == null ? "undefined" : Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  private static MachineTokenVerificationException failed(String message) {
    return new MachineTokenVerificationException(TokenType.OAUTH_TOKEN,
        MachineTokenVerificationException.TOKEN_VERIFICATION_FAILED, message, null, FailureCategory.INVALID_TOKEN);
  }
}
