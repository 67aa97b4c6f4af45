package io.clerkservlet.internal.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Route patterns in the syntax of path-to-regexp 6 ({@code /orgs/:slug}, {@code /orgs/:id/(.*)},
 * {@code {/:rest}?}), as {@code @clerk/shared}'s {@code match} compiles them: case-insensitive,
 * anchored, an optional trailing delimiter, several patterns joined as alternatives.
 */
public final class PathPattern {
  private static final String DELIMITER = "/#?";
  private static final String PREFIXES = "./";

  private final Pattern regex;
  private final List<PathTokens.Key> keys;

  private PathPattern(Pattern regex, List<PathTokens.Key> keys) {
    this.regex = regex;
    this.keys = keys;
  }

  /**
   * Compiles patterns; a path matches when any of them matches.
   *
   * @throws IllegalArgumentException {@code Invalid pattern "<pattern>": <why>}
   */
  public static PathPattern compile(List<String> patterns) {
    List<PathTokens.Key> keys = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        sources.add(toRegex(PathTokens.parse(pattern, PREFIXES, DELIMITER), keys));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Invalid pattern \"" + patterns + "\": " + e.getMessage(), e);
      }
    }
    String source = sources.size() == 1 ? sources.get(0) : "(?:" + String.join("|", sources) + ")";
    try {
      return new PathPattern(Pattern.compile(source, Pattern.CASE_INSENSITIVE), keys);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("Invalid pattern \"" + patterns + "\": " + e.getDescription(), e);
    }
  }

  /** Compiles patterns. */
  public static PathPattern compile(String... patterns) {
    return compile(Arrays.asList(patterns));
  }

  /**
   * Matches a path (still percent-encoded, as {@code URL.pathname}): the named parameters, a
   * repeated one joined with {@code ,}; null when the path does not match.
   */
  public Map<String, String> match(String path) {
    Matcher m = regex.matcher(path);
    if (!m.find()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i <= m.groupCount() && i <= keys.size(); i++) {
      String value = m.group(i);
      if (value == null) {
        continue;
      }
      PathTokens.Key key = keys.get(i - 1);
      if (key.modifier.equals("*") || key.modifier.equals("+")) {
        value = String.join(",", value.split(Pattern.quote(key.prefix + key.suffix), -1));
      }
      params.put(key.name, value);
    }
    return Collections.unmodifiableMap(params);
  }

  private static String toRegex(List<Object> tokens, List<PathTokens.Key> keys) {
    StringBuilder route = new StringBuilder("^");
    for (Object token : tokens) {
      if (token instanceof String) {
        route.append(PathTokens.escape((String) token));
        continue;
      }
      PathTokens.Key key = (PathTokens.Key) token;
      String prefix = PathTokens.escape(key.prefix);
      String suffix = PathTokens.escape(key.suffix);
      if (key.pattern.isEmpty()) {
        route.append("(?:").append(prefix).append(suffix).append(')').append(key.modifier);
        continue;
      }
      keys.add(key);
      boolean repeated = key.modifier.equals("+") || key.modifier.equals("*");
      if (prefix.isEmpty() && suffix.isEmpty()) {
        if (repeated) {
          throw new IllegalArgumentException("Can not repeat \"" + key.name + "\" without a prefix and suffix");
        }
        route.append('(').append(key.pattern).append(')').append(key.modifier);
      } else if (repeated) {
        route.append("(?:").append(prefix).append("((?:").append(key.pattern).append(")(?:").append(suffix)
            .append(prefix).append("(?:").append(key.pattern).append("))*)").append(suffix).append(')')
            .append(key.modifier.equals("*") ? "?" : "");
      } else {
        route.append("(?:").append(prefix).append('(').append(key.pattern).append(')').append(suffix)
            .append(')').append(key.modifier);
      }
    }
    return route.append('[').append(PathTokens.escape(DELIMITER)).append("]?$").toString();
  }
}
