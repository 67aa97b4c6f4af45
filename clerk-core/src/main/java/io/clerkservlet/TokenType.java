package io.clerkservlet;

/** The kinds of Clerk token, with {@code @clerk/backend}'s names ({@link #getValue()}). */
public enum TokenType {
  /** A session JWT from a signed-in browser ({@code __session}). */
  SESSION_TOKEN("session_token"),
  /** An API key ({@code ak_…}). */
  API_KEY("api_key"),
  /** A machine-to-machine token ({@code mt_…} or an M2M JWT). */
  M2M_TOKEN("m2m_token"),
  /** An OAuth access token ({@code oat_…} or an {@code at+jwt} JWT). */
  OAUTH_TOKEN("oauth_token");

  private final String value;

  TokenType(String value) {
    this.value = value;
  }

  /** The wire name, for example {@code m2m_token}. */
  public String getValue() {
    return value;
  }

  /** True for every type but {@link #SESSION_TOKEN}. */
  public boolean isMachine() {
    return this != SESSION_TOKEN;
  }

  /**
   * The type with this wire name.
   *
   * @throws IllegalArgumentException "Unknown token type: x" for any other name
   */
  public static TokenType fromValue(String value) {
    for (TokenType type : values()) {
      if (type.value.equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown token type: " + value);
  }

  /** The wire name. */
  @Override
  public String toString() {
    return value;
  }
}
