package io.clerkservlet.internal.request;

import java.util.List;
import java.util.Map;

/** {@code Set-Cookie} directives from Clerk (handshake payload, refresh answer). */
final class SetCookies {
  private SetCookies() {
  }

  /**
   * Appends every directive as {@code Set-Cookie} and returns the session token: the value of the
   * last cookie whose name starts with {@code __session} ("" when none, null when that cookie has
   * no {@code =}), read as {@code @clerk/backend} does ({@code split(";")[0].split("=")[1]}).
   */
  static String apply(List<String> directives, Map<String, List<String>> headers) {
    String sessionToken = "";
    for (String directive : directives) {
      Handshakes.add(headers, Handshakes.SET_COOKIE, directive);
      String pair = directive.split(";", -1)[0];
      String[] parts = pair.split("=", -1);
      if (parts[0].startsWith(SuffixedCookies.SESSION)) {
        sessionToken = parts.length > 1 ? parts[1] : null;
      }
    }
    return sessionToken;
  }
}
