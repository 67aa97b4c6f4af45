package io.clerkservlet.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The names of the filter settings: unknown init-params and {@code clerk.*} system properties, with suggestions. */
final class SettingNames {
  /** The prefix of the filter's system properties. */
  static final String PROPERTY_PREFIX = "clerk.";

  private SettingNames() {
  }

  /**
   * Fails on the first init-param (in name order) that is not a {@link ClerkFilterSetting}.
   *
   * @throws IllegalArgumentException {@code Unknown Clerk filter setting "acceptToken" (did you mean "acceptsToken"?)}
   */
  static void checkInitParams(Collection<String> names) {
    for (String name : new TreeSet<>(names)) {
      if (setting(name) == null) {
        throw new IllegalArgumentException("Unknown Clerk filter setting \"" + name + "\"" + suggestion(name, ""));
      }
    }
  }

  /**
   * The settings among an application's context-params: those named {@code clerk.<setting>}, by setting
   * name ({@code secretKey}); other context-params are ignored.
   *
   * @throws IllegalArgumentException for the first {@code clerk.*} context-param (in name order) that is no
   *     setting: {@code Unknown Clerk setting context-param "clerk.acceptToken" (did you mean "clerk.acceptsToken"?)}
   */
  static Map<String, String> contextParamSettings(Map<String, String> contextParams) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : new TreeSet<>(contextParams.keySet())) {
      if (!name.startsWith(PROPERTY_PREFIX)) {
        continue;
      }
      String setting = name.substring(PROPERTY_PREFIX.length());
      if (setting(setting) == null) {
        throw new IllegalArgumentException("Unknown Clerk setting context-param \"" + name + "\""
            + suggestion(setting, PROPERTY_PREFIX));
      }
      out.put(setting, contextParams.get(name));
    }
    return out;
  }

  /** One warning per {@code clerk.*} name that is no setting's system property, in name order. */
  static List<String> unknownPropertyWarnings(Collection<String> propertyNames) {
    List<String> out = new ArrayList<>();
    for (String name : new TreeSet<>(propertyNames)) {
      if (name.startsWith(PROPERTY_PREFIX) && setting(name.substring(PROPERTY_PREFIX.length())) == null) {
        out.add("Clerk: the system property \"" + name + "\" is no Clerk filter setting and is ignored"
            + suggestion(name.substring(PROPERTY_PREFIX.length()), PROPERTY_PREFIX));
      }
    }
    return out;
  }

  /** The setting with this exact init-param name, or null. */
  static ClerkFilterSetting setting(String initParam) {
    for (ClerkFilterSetting s : ClerkFilterSetting.values()) {
      if (s.getInitParam().equals(initParam)) {
        return s;
      }
    }
    return null;
  }

  /** {@code  (did you mean "x"?)} for the closest name, else the list of valid names. */
  private static String suggestion(String name, String prefix) {
    String closest = closest(name);
    if (closest != null) {
      return " (did you mean \"" + prefix + closest + "\"?)";
    }
    StringBuilder valid = new StringBuilder("; valid: ");
    for (ClerkFilterSetting s : ClerkFilterSetting.values()) {
      valid.append(s.ordinal() == 0 ? "" : ", ").append(prefix).append(s.getInitParam());
    }
    return valid.toString();
  }

  /** The init-param name closest to {@code name} (case-insensitive edit distance), when close enough; else null. */
  static String closest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ClerkFilterSetting s : ClerkFilterSetting.values()) {
      int d = distance(lower, s.getInitParam().toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = s.getInitParam();
      }
    }
    return bestDistance <= Math.max(2, best.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
