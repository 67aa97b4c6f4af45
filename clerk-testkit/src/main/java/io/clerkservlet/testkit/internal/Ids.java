package io.clerkservlet.testkit.internal;

import java.security.SecureRandom;

/** Random ids in the shapes Clerk's spec requires ({@code mch_} + 27 word chars, {@code mt_} + 32 hex). */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";

  private Ids() {
  }

  /** {@code prefix} + 27 alphanumerics, as {@code user_}, {@code org_}, {@code mch_}, {@code sess_} ids. */
  public static String word27(String prefix) {
    return prefix + pick(WORD, 27);
  }

  /** {@code prefix} + 32 lowercase hex, as {@code mt_}, {@code ak_}, {@code oat_} ids and secrets. */
  public static String hex32(String prefix) {
    return prefix + pick(HEX, 32);
  }

  /** {@code prefix} + {@code length} alphanumerics. */
  public static String random(String prefix, int length) {
    return prefix + pick(WORD, length);
  }

  private static String pick(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
