package io.clerkservlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which token types {@code authenticateRequest} accepts: one type, a list, or any. A single type
 * and a one-element list are different, as in {@code @clerk/backend}: a mismatch against a list
 * gives the invalid-token state (token type null), against a single type a signed-out state of
 * that type.
 */
public final class AcceptsToken {
  /** The kinds of value. */
  public enum Kind {
    /** Every type. */
    ANY,
    /** Exactly one type, given as a single value. */
    SINGLE,
    /** A list of types. */
    LIST
  }

  private static final AcceptsToken ANY = new AcceptsToken(Kind.ANY, EnumSet.allOf(TokenType.class));
  private static final AcceptsToken SESSION_ONLY = single(TokenType.SESSION_TOKEN);

  private final Kind kind;
  private final Set<TokenType> types;

  private AcceptsToken(Kind kind, Set<TokenType> types) {
    this.kind = kind;
    this.types = Collections.unmodifiableSet(types);
  }

  /** Any token type ({@code 'any'}). */
  public static AcceptsToken any() {
    return ANY;
  }

  /** Session tokens only: the default. */
  public static AcceptsToken sessionOnly() {
    return SESSION_ONLY;
  }

  /** One type, as a single value. */
  public static AcceptsToken single(TokenType type) {
    if (type == null) {
      throw new IllegalArgumentException("acceptsToken type is required");
    }
    return new AcceptsToken(Kind.SINGLE, EnumSet.of(type));
  }

  /** A list of types (may have one element; must not be empty). */
  public static AcceptsToken list(TokenType... types) {
    if (types.length == 0) {
      throw new IllegalArgumentException("acceptsToken list must not be empty");
    }
    EnumSet<TokenType> set = EnumSet.noneOf(TokenType.class);
    for (TokenType t : types) {
      if (t == null) {
        throw new IllegalArgumentException("acceptsToken list must not contain null");
      }
      set.add(t);
    }
    return new AcceptsToken(Kind.LIST, set);
  }

  /**
   * Parses a configuration value: {@code any}, one wire name ({@code m2m_token}), or a comma list
   * ({@code m2m_token,api_key}, a list even with one element when written {@code [m2m_token]}).
   *
   * @throws IllegalArgumentException naming the unknown value and the valid ones
   *     ({@code Unknown token type "x"; valid: session_token, api_key, m2m_token, oauth_token, any})
   */
  public static AcceptsToken parse(String value) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("acceptsToken must not be empty");
    }
    if (v.equals("any")) {
      return ANY;
    }
    boolean bracketed = v.startsWith("[") && v.endsWith("]");
    String inner = bracketed ? v.substring(1, v.length() - 1) : v;
    List<TokenType> parsed = new ArrayList<>();
    for (String part : inner.split(",")) {
      if (!part.trim().isEmpty()) {
        parsed.add(type(part.trim()));
      }
    }
    if (parsed.size() == 1 && !bracketed) {
      return single(parsed.get(0));
    }
    return list(parsed.toArray(new TokenType[0]));
  }

  private static TokenType type(String value) {
    for (TokenType t : TokenType.values()) {
      if (t.getValue().equals(value)) {
        return t;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (TokenType t : TokenType.values()) {
      valid.append(t.getValue()).append(", ");
    }
    throw new IllegalArgumentException("Unknown token type \"" + value + "\"; valid: " + valid + "any");
  }

  /** ANY, SINGLE or LIST. */
  public Kind getKind() {
    return kind;
  }

  /** The accepted types (all of them for ANY). */
  public Set<TokenType> getTypes() {
    return types;
  }

  /** The one type of a SINGLE value, else null. */
  public TokenType getSingleType() {
    return kind == Kind.SINGLE ? types.iterator().next() : null;
  }

  /** {@code isTokenTypeAccepted}: null is never accepted. */
  public boolean accepts(TokenType type) {
    return type != null && types.contains(type);
  }

  /** True when this is exactly the single value {@code type}. */
  public boolean isExactly(TokenType type) {
    return kind == Kind.SINGLE && types.contains(type);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AcceptsToken && ((AcceptsToken) o).kind == kind && ((AcceptsToken) o).types.equals(types);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + types.hashCode();
  }

  /** {@code any}, {@code m2m_token} or {@code [m2m_token, api_key]}. */
  @Override
  public String toString() {
    if (kind == Kind.ANY) {
      return "any";
    }
    return kind == Kind.SINGLE ? getSingleType().getValue() : types.toString();
  }
}
