package io.clerkservlet.internal.request;

import io.clerkservlet.TokenType;
import io.clerkservlet.internal.jwt.JwtDecoder;
import io.clerkservlet.internal.machine.MachineTokenVerificationException;

/** Cheap local checks before a machine token is sent to Clerk. */
final class JwtShape {
  private JwtShape() {
  }

  /** JWT-format tokens, or opaque tokens of printable ASCII within the length bound. */
  static boolean isPlausibleOpaque(String token, int maxLength) {
    if (JwtDecoder.isJwtFormat(token)) {
      return true;
    }
    if (token.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** The failure for an opaque token that cannot be one Clerk issued (never sent to Clerk). */
  static MachineTokenVerificationException malformed(TokenType type) {
    return MachineTokenVerificationException.malformed(type);
  }
}
