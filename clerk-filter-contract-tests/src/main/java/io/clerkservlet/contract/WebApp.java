package io.clerkservlet.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test web application: filter declarations, test servlets with their URL patterns, error pages. */
public final class WebApp {
  /** An echo no Clerk filter is mapped to. */
  public static final String PLAIN_ECHO = "/plain/echo";

  private final List<FilterSpec> filters = new ArrayList<>();
  private final Map<TestServlet, List<String>> servlets = new LinkedHashMap<>();
  private final Map<Integer, String> errorPages = new LinkedHashMap<>();

  /** Adds a filter declaration (filters run in the order added). */
  public WebApp filter(FilterSpec filter) {
    filters.add(filter);
    return this;
  }

  /** Maps a test servlet to these URL patterns. */
  public WebApp servlet(TestServlet servlet, String... urlPatterns) {
    servlets.computeIfAbsent(servlet, k -> new ArrayList<>()).addAll(Arrays.asList(urlPatterns));
    return this;
  }

  /** Adds an error page for a status code. */
  public WebApp errorPage(int status, String location) {
    errorPages.put(status, location);
    return this;
  }

  /** The filter declarations, in order. */
  public List<FilterSpec> filters() {
    return Collections.unmodifiableList(filters);
  }

  /** Each servlet's URL patterns. */
  public Map<TestServlet, List<String>> servlets() {
    return Collections.unmodifiableMap(servlets);
  }

  /** Error page locations by status. */
  public Map<Integer, String> errorPages() {
    return Collections.unmodifiableMap(errorPages);
  }
}
