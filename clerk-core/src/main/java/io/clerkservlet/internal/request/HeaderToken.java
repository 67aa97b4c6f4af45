package io.clerkservlet.internal.request;

/** The token of an {@code Authorization} header, exactly as {@code @clerk/backend} reads it. */
public final class HeaderToken {
  private static final String BEARER = "Bearer";

  private HeaderToken() {
  }

  /**
   * JavaScript's {@code value.split(" ", 2)}: the first two space-separated parts. With no second
   * part (or an empty one) the first part is the token; with scheme exactly {@code Bearer} the
   * second part is the token; any other scheme (Basic, …) gives null.
   */
  public static String from(String authorization) {
    if (authorization == null || authorization.isEmpty()) {
      return null;
    }
    int firstSpace = authorization.indexOf(' ');
    String token = null;
    if (firstSpace >= 0) {
      int secondSpace = authorization.indexOf(' ', firstSpace + 1);
      token = secondSpace < 0 ? authorization.substring(firstSpace + 1)
          : authorization.substring(firstSpace + 1, secondSpace);
    }
    if (token == null || token.isEmpty()) {
      return firstSpace == 0 ? null : firstSpace < 0 ? authorization : authorization.substring(0, firstSpace);
    }
    return firstSpace == BEARER.length() && authorization.startsWith(BEARER) ? token : null;
  }
}
