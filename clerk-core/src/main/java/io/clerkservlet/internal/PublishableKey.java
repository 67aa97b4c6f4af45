package io.clerkservlet.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A parsed Clerk publishable key: {@code pk_test_}/{@code pk_live_} + base64({@code <frontendApi>$}). */
public final class PublishableKey {
  /** {@code @clerk/backend}'s message for a key that is not a publishable key. */
  public static final String CLERK_INVALID = "Publishable key not valid (expected format: pk_test_... or pk_live_...).";
  /** The message of {@link #parse}: the setting's name, then {@link #CLERK_INVALID}. */
  public static final String INVALID = "publishableKey must be a Clerk publishable key. " + CLERK_INVALID;
  private static final String LIVE_PREFIX = "pk_live_";
  private static final String TEST_PREFIX = "pk_test_";

  private final String key;
  private final String frontendApi;
  private final boolean production;

  private PublishableKey(String key, String frontendApi, boolean production) {
    this.key = key;
    this.frontendApi = frontendApi;
    this.production = production;
  }

  /**
   * Parses a key the way {@code parsePublishableKey(key, {fatal: true})} does: {@code pk_test_} or
   * {@code pk_live_}, then one more part that is base64 of {@code <frontendApi>$} (one {@code $},
   * at the end; a {@code .} in the Frontend API).
   *
   * @throws IllegalArgumentException with {@link #INVALID}: the setting's name and
   *     {@code @clerk/backend}'s text (without its Node.js key set-up guidance)
   */
  public static PublishableKey parse(String key) {
    boolean live = key != null && key.startsWith(LIVE_PREFIX);
    if (key == null || !(live || key.startsWith(TEST_PREFIX)) || key.indexOf('_', TEST_PREFIX.length()) >= 0) {
      throw invalid();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(padded(key.substring(TEST_PREFIX.length()))),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    int dollar = decoded.indexOf('$');
    if (dollar != decoded.length() - 1 || decoded.indexOf('.') < 0) {
      throw invalid();
    }
    return new PublishableKey(key, decoded.substring(0, dollar), live);
  }

  private static String padded(String base64) {
    int rem = base64.length() % 4;
    return rem == 0 ? base64 : base64 + "====".substring(rem);
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException(INVALID);
  }

  /** The key as given. */
  public String key() {
    return key;
  }

  /** The Frontend API host the key encodes, for example {@code clerk.example.com}. */
  public String frontendApi() {
    return frontendApi;
  }

  /**
   * The Frontend API as {@code parsePublishableKey(key, {proxyUrl, domain, isSatellite})} gives
   * it: {@code proxyUrl} when set, else {@code clerk.<domain>} for a production satellite with a
   * domain, else the key's own.
   *
   * @param proxyUrl an absolute proxy URL, or null
   * @param domain the configured domain, or null
   */
  public String frontendApi(String proxyUrl, String domain, boolean satellite) {
    if (proxyUrl != null && !proxyUrl.isEmpty()) {
      return proxyUrl;
    }
    return production && satellite && domain != null && !domain.isEmpty() ? "clerk." + domain : frontendApi;
  }

  /** True for {@code pk_live_} keys. */
  public boolean isProduction() {
    return production;
  }
}
