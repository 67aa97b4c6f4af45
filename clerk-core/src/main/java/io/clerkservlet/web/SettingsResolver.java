package io.clerkservlet.web;

import io.clerkservlet.internal.Strings;
import io.clerkservlet.AcceptsToken;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads every {@link ClerkFilterSetting}: init-param, then system property, then environment variable. */
final class SettingsResolver {
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h)");

  private final Function<String, String> initParams;
  private final Function<String, String> systemProperties;
  private final Function<String, String> environment;

  SettingsResolver(Function<String, String> initParams, Function<String, String> systemProperties,
      Function<String, String> environment) {
    this.initParams = initParams;
    this.systemProperties = systemProperties;
    this.environment = environment;
  }

  ClerkFilterSettings resolve() {
    ClerkFilterSettings.Builder b = ClerkFilterSettings.builder();
    b.secretKey(raw(ClerkFilterSetting.SECRET_KEY));
    b.machineSecretKey(raw(ClerkFilterSetting.MACHINE_SECRET_KEY));
    b.publishableKey(raw(ClerkFilterSetting.PUBLISHABLE_KEY));
    b.jwtKey(raw(ClerkFilterSetting.JWT_KEY));
    b.apiUrl(raw(ClerkFilterSetting.API_URL));
    b.apiVersion(raw(ClerkFilterSetting.API_VERSION));
    b.httpProxy(raw(ClerkFilterSetting.HTTP_PROXY));
    String accepts = raw(ClerkFilterSetting.ACCEPTS_TOKEN);
    if (accepts != null) {
      b.acceptsToken(parse(ClerkFilterSetting.ACCEPTS_TOKEN, accepts.toLowerCase(Locale.ROOT), AcceptsToken::parse));
    }
    b.authorizedParties(list(raw(ClerkFilterSetting.AUTHORIZED_PARTIES)));
    b.audience(list(raw(ClerkFilterSetting.AUDIENCE)));
    resolveDurations(b);
    String mode = raw(ClerkFilterSetting.MODE);
    if (mode != null) {
      b.mode(parse(ClerkFilterSetting.MODE, mode, FilterMode::parse));
    }
    resolveBrowser(b);
    b.debugHeaders(bool(ClerkFilterSetting.DEBUG_HEADERS));
    String roles = raw(ClerkFilterSetting.ROLES);
    if (roles != null) {
      b.roles(parse(ClerkFilterSetting.ROLES, roles, RoleSource::parseSet));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(describeBuildError(e.getMessage()), e);
    }
  }

  private void resolveDurations(ClerkFilterSettings.Builder b) {
    String skew = raw(ClerkFilterSetting.CLOCK_SKEW);
    if (skew != null) {
      b.clockSkew(parse(ClerkFilterSetting.CLOCK_SKEW, skew, SettingsResolver::duration));
    }
    String ttl = raw(ClerkFilterSetting.MACHINE_TOKEN_CACHE_TTL);
    if (ttl != null) {
      b.machineTokenCacheTtl(parse(ClerkFilterSetting.MACHINE_TOKEN_CACHE_TTL, ttl, SettingsResolver::duration));
    }
    String callTimeout = raw(ClerkFilterSetting.CALL_TIMEOUT);
    if (callTimeout != null) {
      b.callTimeout(parse(ClerkFilterSetting.CALL_TIMEOUT, callTimeout, SettingsResolver::duration));
    }
  }

  private void resolveBrowser(ClerkFilterSettings.Builder b) {
    b.domain(raw(ClerkFilterSetting.DOMAIN));
    b.satellite(bool(ClerkFilterSetting.IS_SATELLITE));
    String proxyUrl = raw(ClerkFilterSetting.PROXY_URL);
    parse(ClerkFilterSetting.PROXY_URL, proxyUrl, b::proxyUrl);
    String signInUrl = raw(ClerkFilterSetting.SIGN_IN_URL);
    parse(ClerkFilterSetting.SIGN_IN_URL, signInUrl, b::signInUrl);
    String signUpUrl = raw(ClerkFilterSetting.SIGN_UP_URL);
    parse(ClerkFilterSetting.SIGN_UP_URL, signUpUrl, b::signUpUrl);
    b.satelliteAutoSync(bool(ClerkFilterSetting.SATELLITE_AUTO_SYNC));
  }

  /** The first non-blank value: init-param, system property, environment variable; else null. */
  String raw(ClerkFilterSetting setting) {
    String v = Strings.blankToNull(initParams.apply(setting.getInitParam()));
    if (v == null) {
      v = Strings.blankToNull(systemProperties.apply(setting.getSystemProperty()));
    }
    if (v == null) {
      v = Strings.blankToNull(environment.apply(setting.getEnvironmentVariable()));
    }
    return v;
  }

  private boolean bool(ClerkFilterSetting setting) {
    String v = raw(setting);
    return v != null && parse(setting, v, SettingsResolver::bool);
  }

  private static <T> T parse(ClerkFilterSetting setting, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      boolean named = value != null && message.contains("\"" + value.trim() + "\"");
      String shown = setting.isSecret() || named ? "" : " \"" + value + "\"";
      throw new IllegalArgumentException("Invalid Clerk filter setting " + setting.describe() + shown + ": "
          + e.getMessage(), e);
    }
  }

  static boolean bool(String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return v.equalsIgnoreCase("true");
    }
    throw new IllegalArgumentException("Unknown boolean \"" + v + "\"; valid: true, false");
  }

  /** {@code 0}, {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT5S}. */
  static Duration duration(String value) {
    String v = value.trim();
    if (v.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = SIMPLE_DURATION.matcher(v.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2);
      return unit.equals("ms") ? Duration.ofMillis(n) : unit.equals("s") ? Duration.ofSeconds(n)
          : unit.equals("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
    }
    try {
      Duration d = Duration.parse(v);
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException("must be a duration such as 0, 500ms, 5s, 2m, 1h or PT5S");
  }

  private static List<String> list(String value) {
    return value == null ? Collections.<String>emptyList() : Arrays.asList(value.split(","));
  }

  /** Prefixes a builder message with the names of the setting it starts with, when there is one. */
  private static String describeBuildError(String message) {
    String m = message == null ? "" : message;
    for (ClerkFilterSetting s : ClerkFilterSetting.values()) {
      if (m.startsWith(s.getInitParam() + " ")) {
        return "Invalid Clerk filter setting " + s.describe() + ": " + m;
      }
    }
    return "Invalid Clerk filter configuration: " + m;
  }
}
