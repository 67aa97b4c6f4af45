package io.clerkservlet.internal.jwt;

import java.util.Arrays;

/**
 * Canonical base64url (RFC 4648 §5 without padding, as RFC 7515 §2 requires): every byte string has
 * exactly one encoding, so the unused low bits of the last character must be zero. The JDK decoder
 * ignores them, which makes distinct token strings decode to the same token.
 */
final class Base64Url {
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private Base64Url() {
  }

  /** The 6-bit value of a base64url character, or -1. */
  static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

  /** The bytes of {@code text[from, to)}, or null unless it is canonical base64url. */
  static byte[] decode(String text, int from, int to) {
    int length = to - from;
    int tail = length & 3;
    if (tail == 1) {
      return null;
    }
    byte[] out = new byte[length / 4 * 3 + (tail == 0 ? 0 : tail - 1)];
    int buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = from; i < to; i++) {
      int value = value(text.charAt(i));
      if (value < 0) {
        return null;
      }
      buffer = buffer << 6 | value;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[written++] = (byte) (buffer >> bits);
      }
    }
    return (buffer & ((1 << bits) - 1)) == 0 ? out : null;
  }

  /** True when {@code text[from, to)} is canonical base64url (what {@link #decode} accepts), without decoding. */
  static boolean isCanonical(String text, int from, int to) {
    int tail = (to - from) & 3;
    if (tail == 1) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (value(text.charAt(i)) < 0) {
        return false;
      }
    }
    int unusedBits = tail == 2 ? 0x0F : tail == 3 ? 0x03 : 0;
    return unusedBits == 0 || (value(text.charAt(to - 1)) & unusedBits) == 0;
  }
}
