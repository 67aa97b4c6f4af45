package io.clerkservlet.contract;

import io.clerkservlet.web.ClerkFilterSettings;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One filter declaration: either a {@code web.xml}-style declaration with init-params (no-arg
 * constructor) or a programmatic one with built settings (settings constructor).
 */
public final class FilterSpec {
  private final String name;
  private final Map<String, String> initParams;
  private final ClerkFilterSettings settings;
  private final List<String> urlPatterns;
  private final Set<Dispatch> dispatches;

  private FilterSpec(String name, Map<String, String> initParams, ClerkFilterSettings settings,
      List<String> urlPatterns, Set<Dispatch> dispatches) {
    this.name = name;
    this.initParams = Collections.unmodifiableMap(new LinkedHashMap<>(initParams));
    this.settings = settings;
    this.urlPatterns = List.copyOf(urlPatterns);
    this.dispatches = Collections.unmodifiableSet(EnumSet.copyOf(dispatches));
  }

  /** A declaration with init-params, mapped for REQUEST only until {@link #dispatches} says otherwise. */
  public static FilterSpec declared(String name, Map<String, String> initParams, String... urlPatterns) {
    return new FilterSpec(name, initParams, null, Arrays.asList(urlPatterns), EnumSet.of(Dispatch.REQUEST));
  }

  /** A programmatic registration with built settings. */
  public static FilterSpec programmatic(String name, ClerkFilterSettings settings, String... urlPatterns) {
    return new FilterSpec(name, Map.of(), settings, Arrays.asList(urlPatterns), EnumSet.of(Dispatch.REQUEST));
  }

  /** The same declaration mapped for these dispatcher types. */
  public FilterSpec dispatches(Dispatch... types) {
    return new FilterSpec(name, initParams, settings, urlPatterns, EnumSet.copyOf(Arrays.asList(types)));
  }

  /** The filter name. */
  public String name() {
    return name;
  }

  /** The init-params (empty for a programmatic registration). */
  public Map<String, String> initParams() {
    return initParams;
  }

  /** The built settings of a programmatic registration, or null for a declared one. */
  public ClerkFilterSettings settings() {
    return settings;
  }

  /** The URL patterns. */
  public List<String> urlPatterns() {
    return urlPatterns;
  }

  /** The dispatcher types. */
  public Set<Dispatch> dispatchTypes() {
    return dispatches;
  }
}
