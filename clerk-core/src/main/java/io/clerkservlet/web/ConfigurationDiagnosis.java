package io.clerkservlet.web;

import io.clerkservlet.RequestState;
import io.clerkservlet.TokenType;

/**
 * The operator messages of configuration errors: what is wrong and which filter setting to fix,
 * by its three names. Built from reason codes, token types and which keys are set; never from a
 * token, a key's value or any other request input.
 */
final class ConfigurationDiagnosis {
  /** The reason Clerk gives when it rejects a secret key. */
  static final String SECRET_KEY_INVALID = "secret-key-invalid";
  /** The reason when the PEM {@code jwtKey} cannot be used. */
  static final String JWK_LOCAL_MISSING = "jwk-local-missing";
  /** The longest part of an exception message copied into a log line. */
  static final int MAX_DETAIL = 300;

  private ConfigurationDiagnosis() {
  }

  /** The SEVERE message for a {@code MISCONFIGURED} state of a filter with these settings. */
  static String misconfigured(RequestState state, ClerkFilterSettings settings) {
    String reason = state.getReason();
    TokenType type = state.getTokenType();
    if (SECRET_KEY_INVALID.equals(reason) && type == TokenType.M2M_TOKEN && settings.getMachineSecretKey() != null) {
      return "Clerk: the machine secret key was rejected by Clerk (" + reason + ") verifying an opaque M2M token: "
          + "check " + ClerkFilterSetting.MACHINE_SECRET_KEY.describe() + answered();
    }
    if (JWK_LOCAL_MISSING.equals(reason)) {
      return "Clerk: the jwtKey is not a usable PEM public key (" + reason + "): check "
          + ClerkFilterSetting.JWT_KEY.describe() + answered();
    }
    if (!SECRET_KEY_INVALID.equals(reason) && settings.getSecretKey() == null && settings.getJwtKey() == null) {
      return "Clerk: JWT-format " + kind(type) + " cannot be verified without a secret key or a jwtKey (" + reason
          + "): set " + ClerkFilterSetting.SECRET_KEY.describe() + " or " + ClerkFilterSetting.JWT_KEY.describe()
          + answered();
    }
    return "Clerk: the secret key was rejected by Clerk (" + reason + "): check "
        + ClerkFilterSetting.SECRET_KEY.describe() + answered();
  }

  /** The SEVERE message for a configuration exception thrown while authenticating a request. */
  static String configurationError(RuntimeException e) {
    return "Clerk: a request could not be authenticated because of a configuration error ("
        + e.getClass().getSimpleName() + ": " + printable(e.getMessage()) + "): check the Clerk filter settings"
        + answered();
  }

  private static String answered() {
    return ". Requests that need it are answered 500 until it is fixed.";
  }

  private static String kind(TokenType type) {
    if (type == null) {
      return "tokens";
    }
    switch (type) {
      case SESSION_TOKEN:
        return "session tokens";
      case M2M_TOKEN:
        return "M2M tokens";
      case OAUTH_TOKEN:
        return "OAuth tokens";
      default:
        return "API keys";
    }
  }

  /** Printable ASCII only (no line breaks to forge log lines), at most {@link #MAX_DETAIL} characters. */
  static String printable(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length() && out.length() < MAX_DETAIL; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c <= 0x7e ? c : ' ');
    }
    return value.length() > MAX_DETAIL ? out + "..." : out.toString();
  }
}
