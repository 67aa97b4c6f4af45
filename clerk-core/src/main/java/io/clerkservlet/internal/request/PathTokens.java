package io.clerkservlet.internal.request;

import java.util.ArrayList;
import java.util.List;

/** The lexer and parser of path-to-regexp 6 patterns, for {@link PathPattern}. */
final class PathTokens {
  /** A parameter (or an optional group) of a pattern. */
  static final class Key {
    final String name;
    final String prefix;
    final String suffix;
    final String pattern;
    final String modifier;

    Key(String name, String prefix, String suffix, String pattern, String modifier) {
      this.name = name;
      this.prefix = prefix;
      this.suffix = suffix;
      this.pattern = pattern;
      this.modifier = modifier;
    }
  }

  private enum Type { MODIFIER, ESCAPED_CHAR, OPEN, CLOSE, NAME, PATTERN, CHAR, END }

  private static final class Lexeme {
    final Type type;
    final int index;
    final String value;

    Lexeme(Type type, int index, String value) {
      this.type = type;
      this.index = index;
      this.value = value;
    }
  }

  private final List<Lexeme> lexemes;
  private final String prefixes;
  private final String delimiter;
  private final List<Object> result = new ArrayList<>();
  private int position;
  private int unnamed;

  private PathTokens(List<Lexeme> lexemes, String prefixes, String delimiter) {
    this.lexemes = lexemes;
    this.prefixes = prefixes;
    this.delimiter = delimiter;
  }

  /** The tokens of a pattern: literal strings and {@link Key}s. */
  static List<Object> parse(String pattern, String prefixes, String delimiter) {
    return new PathTokens(lex(pattern), prefixes, delimiter).parse();
  }

  private List<Object> parse() {
    StringBuilder path = new StringBuilder();
    while (position < lexemes.size()) {
      String ch = take(Type.CHAR);
      String name = take(Type.NAME);
      String pattern = take(Type.PATTERN);
      if (name != null || pattern != null) {
        String prefix = ch == null ? "" : ch;
        if (prefixes.indexOf(prefix) == -1) {
          path.append(prefix);
          prefix = "";
        }
        flush(path);
        String keyName = name != null ? name : Integer.toString(unnamed++);
        String keyPattern = pattern != null ? pattern : safePattern(prefix);
        result.add(new Key(keyName, prefix, "", keyPattern, orEmpty(take(Type.MODIFIER))));
        continue;
      }
      String value = ch != null ? ch : take(Type.ESCAPED_CHAR);
      if (value != null) {
        path.append(value);
        continue;
      }
      flush(path);
      if (take(Type.OPEN) != null) {
        String prefix = text();
        String groupName = orEmpty(take(Type.NAME));
        String groupPattern = orEmpty(take(Type.PATTERN));
        String suffix = text();
        require(Type.CLOSE);
        String keyName = !groupName.isEmpty() ? groupName
            : !groupPattern.isEmpty() ? Integer.toString(unnamed++) : "";
        String keyPattern = !groupName.isEmpty() && groupPattern.isEmpty() ? safePattern(prefix) : groupPattern;
        result.add(new Key(keyName, prefix, suffix, keyPattern, orEmpty(take(Type.MODIFIER))));
        continue;
      }
      require(Type.END);
    }
    return result;
  }

  private void flush(StringBuilder path) {
    if (path.length() > 0) {
      result.add(path.toString());
      path.setLength(0);
    }
  }

  private String safePattern(String prefix) {
    Object prev = result.isEmpty() ? null : result.get(result.size() - 1);
    String prevText = !prefix.isEmpty() ? prefix : prev instanceof String ? (String) prev : "";
    if (prev != null && prevText.isEmpty()) {
      throw new IllegalArgumentException("Must have text between two parameters, missing text after \""
          + ((Key) prev).name + "\"");
    }
    String notDelimiter = "[^" + escape(delimiter) + "]";
    if (prevText.isEmpty() || containsAny(prevText, delimiter)) {
      return notDelimiter + "+?";
    }
    return "(?:(?!" + escape(prevText) + ")" + notDelimiter + ")+?";
  }

  private String text() {
    StringBuilder sb = new StringBuilder();
    for (String v = take(Type.CHAR, Type.ESCAPED_CHAR); v != null; v = take(Type.CHAR, Type.ESCAPED_CHAR)) {
      sb.append(v);
    }
    return sb.toString();
  }

  private String take(Type... types) {
    if (position < lexemes.size()) {
      Lexeme l = lexemes.get(position);
      for (Type t : types) {
        if (l.type == t) {
          position++;
          return l.value;
        }
      }
    }
    return null;
  }

  private void require(Type type) {
    if (take(type) == null) {
      Lexeme l = lexemes.get(position);
      throw new IllegalArgumentException("Unexpected " + l.type + " at " + l.index + ", expected " + type);
    }
  }

  private static List<Lexeme> lex(String s) {
    List<Lexeme> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '*' || c == '+' || c == '?') {
        out.add(new Lexeme(Type.MODIFIER, i, String.valueOf(c)));
        i++;
      } else if (c == '\\' && i + 1 < s.length()) {
        out.add(new Lexeme(Type.ESCAPED_CHAR, i, String.valueOf(s.charAt(i + 1))));
        i += 2;
      } else if (c == '{' || c == '}') {
        out.add(new Lexeme(c == '{' ? Type.OPEN : Type.CLOSE, i, String.valueOf(c)));
        i++;
      } else if (c == ':') {
        int j = i + 1;
        while (j < s.length() && isNameChar(s.charAt(j))) {
          j++;
        }
        if (j == i + 1) {
          throw new IllegalArgumentException("Missing parameter name at " + i);
        }
        out.add(new Lexeme(Type.NAME, i, s.substring(i + 1, j)));
        i = j;
      } else if (c == '(') {
        i = lexGroup(s, i, out);
      } else {
        out.add(new Lexeme(Type.CHAR, i, String.valueOf(c)));
        i++;
      }
    }
    out.add(new Lexeme(Type.END, i, ""));
    return out;
  }

  private static int lexGroup(String s, int start, List<Lexeme> out) {
    int depth = 1;
    int j = start + 1;
    StringBuilder pattern = new StringBuilder();
    if (j < s.length() && s.charAt(j) == '?') {
      throw new IllegalArgumentException("Pattern cannot start with \"?\" at " + j);
    }
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\' && j + 1 < s.length()) {
        pattern.append(c).append(s.charAt(j + 1));
        j += 2;
        continue;
      }
      if (c == ')' && --depth == 0) {
        j++;
        break;
      }
      if (c == '(') {
        depth++;
        if (j + 1 >= s.length() || s.charAt(j + 1) != '?') {
          throw new IllegalArgumentException("Capturing groups are not allowed at " + j);
        }
      }
      pattern.append(c);
      j++;
    }
    if (depth > 0) {
      throw new IllegalArgumentException("Unbalanced pattern at " + start);
    }
    if (pattern.length() == 0) {
      throw new IllegalArgumentException("Missing pattern at " + start);
    }
    out.add(new Lexeme(Type.PATTERN, start, pattern.toString()));
    return j;
  }

  private static boolean isNameChar(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Escapes the characters path-to-regexp escapes. */
  static String escape(String text) {
    return text.replaceAll("([.+*?=^!:${}()\\[\\]|/\\\\])", "\\\\$1");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
