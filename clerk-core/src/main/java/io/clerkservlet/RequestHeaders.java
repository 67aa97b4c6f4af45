package io.clerkservlet;

import java.util.Enumeration;

/**
 * The headers of a request as its container holds them, read by name when authentication needs
 * them, so an adapter hands a request over without copying every header. The two methods are the
 * servlet API's: a filter implements them by calling {@code HttpServletRequest}'s.
 */
public interface RequestHeaders {
  /**
   * Every value of the header {@code name}, matched case-insensitively, in the order received;
   * empty (or null) when the request has none.
   */
  Enumeration<String> getHeaders(String name);

  /** The name of every header the request has (each name once, in any case). */
  Enumeration<String> getHeaderNames();
}
