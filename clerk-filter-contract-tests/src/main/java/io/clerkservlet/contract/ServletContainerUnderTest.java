package io.clerkservlet.contract;

import java.net.URI;

/**
 * One embedded servlet container with one Clerk filter implementation (javax or jakarta), as the
 * contract suite drives it. Implementations live in each filter module's tests.
 */
public interface ServletContainerUnderTest {
  /** The container's name for test display names, for example {@code Tomcat 9.0}. */
  String name();

  /**
   * Deploys {@code app} on 127.0.0.1, port 0, context path {@code /}, and starts it.
   *
   * @throws Exception when the application did not start, for example because a filter's
   *     {@code init} failed; the filter's message must appear in the exception or its causes
   */
  void start(WebApp app) throws Exception;

  /** The base URL once started, for example {@code http://127.0.0.1:40123}, without a trailing slash. */
  URI baseUrl();

  /** Undeploys the application and stops the container, leaving no container thread behind. */
  void stop() throws Exception;
}
