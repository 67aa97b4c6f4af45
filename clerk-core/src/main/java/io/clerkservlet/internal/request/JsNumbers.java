package io.clerkservlet.internal.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JavaScript's {@code parseInt} and {@code Number()} for cookie values, NaN mapped to 0. */
final class JsNumbers {
  private static final Pattern LEADING_INT = Pattern.compile("^[+-]?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$");
  private static final Pattern RADIX = Pattern.compile("^0([xXoObB])([0-9a-fA-F]+)$");

  private JsNumbers() {
  }

  /** {@code Number.parseInt(value || "") || 0}: the leading integer, saturating; 0 when there is none. */
  static long parseIntOrZero(String value) {
    if (value == null) {
      return 0;
    }
    Matcher m = LEADING_INT.matcher(trimJs(value));
    if (!m.find()) {
      return 0;
    }
    String digits = m.group();
    try {
      return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
    } catch (NumberFormatException overflow) {
      return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** {@code Number(value) || 0}: the whole string as a number; 0 when it is not one (or absent). */
  static double numberOrZero(String value) {
    if (value == null) {
      return 0;
    }
    String s = trimJs(value);
    if (s.isEmpty()) {
      return 0;
    }
    double d;
    Matcher radix = RADIX.matcher(s);
    if (radix.matches()) {
      d = parseRadix(radix.group(1), radix.group(2));
    } else if (DECIMAL.matcher(s).matches()) {
      d = Double.parseDouble(s);
    } else if (s.equals("Infinity") || s.equals("+Infinity")) {
      d = Double.POSITIVE_INFINITY;
    } else if (s.equals("-Infinity")) {
      d = Double.NEGATIVE_INFINITY;
    } else {
      return 0;
    }
    return Double.isNaN(d) ? 0 : d;
  }

  /** A number as JavaScript prints it for the integers this code produces ({@code 1}, not {@code 1.0}). */
  static String format(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e21) {
      return Long.toString((long) value);
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return Double.toString(value);
  }

  private static double parseRadix(String prefix, String digits) {
    int radix = "xX".contains(prefix) ? 16 : "oO".contains(prefix) ? 8 : 2;
    double result = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      if (digit < 0) {
        return Double.NaN;
      }
      result = result * radix + digit;
    }
    return result;
  }

  private static String trimJs(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isJsSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isJsSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isJsSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
