package io.clerkservlet.example.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clerkservlet.example.servers.ExampleClerk;
import io.clerkservlet.example.servers.TomcatServer;
import io.clerkservlet.testkit.HeadlessChromium;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo as a person with a browser meets it: one real headless Chromium tab per person clicks the
 * start page's "Sign in as a test user" or "as an org admin" link through the fake Clerk's sign-in,
 * is greeted, follows the links to {@code /api/me} and {@code /api/admin} (a 200 or 403 page), comes
 * back and signs out, keeping its cookies throughout as a browser does. The jakarta WAR runs in the real Tomcat 10.1 the build unpacked. Chromium is
 * Debian's {@code chromium} ({@code CLERK_REQUIRE_BROWSER=true}, as {@code .ci/run} sets, makes its
 * absence a failure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInChromiumIT {
  private ExampleClerk clerk;
  private TomcatServer tomcat;

  @BeforeAll
  void start() throws Exception {
    if ("true".equals(System.getenv("CLERK_REQUIRE_BROWSER"))) {
      assertThat(HeadlessChromium.isInstalled()).as("Chromium at " + HeadlessChromium.binary()).isTrue();
    }
    assumeTrue(HeadlessChromium.isInstalled(), "needs Debian's chromium (apt-get install chromium)");
    Path war = Path.of(System.getProperty("example.war"));
    clerk = ExampleClerk.start();
    tomcat = new TomcatServer("tomcat10-browser", Path.of(System.getProperty("tomcat.home")), war.getParent());
    tomcat.start(war, clerk.environment());
  }

  @AfterAll
  void stop() {
    if (tomcat != null) {
      tomcat.close();
    }
    if (clerk != null) {
      clerk.close();
    }
  }

  @Test
  void testUserSignsInReadsTheApiIsForbiddenFromAdminAndSignsOutInOneBrowser() throws Exception {
    try (ChromiumSession browser = ChromiumSession.start()) {
      browser.open(tomcat.baseUrl() + "/");
      assertThat(browser.html()).contains("Hello! You are not signed in.").doesNotContain("id=\"sign-out\"");

      browser.click("#sign-in");
      // Back on the start page; a production instance keeps the handshake nonce in the URL, as Clerk's does.
      assertThat(URI.create(browser.location()).getPath()).isEqualTo(URI.create(tomcat.baseUrl() + "/").getPath());
      assertThat(browser.html()).contains("Hello, " + clerk.userId() + "!").contains("id=\"sign-out\"")
          .doesNotContain("id=\"sign-in\"");

      browser.click("a[href='api/me']");
      assertThat(browser.html()).contains("\"tokenType\":\"session_token\"")
          .contains("\"userId\":\"" + clerk.userId() + "\"");

      browser.open(tomcat.baseUrl() + "/");
      browser.click("a[href='api/admin']");
      assertThat(browser.html()).contains("403: not an organization admin").contains(clerk.userId());

      browser.click("a[href='../']");
      browser.click("#sign-out");
      assertThat(browser.html()).contains("Hello! You are not signed in.").contains("id=\"sign-in\"")
          .doesNotContain("Hello, " + clerk.userId()).doesNotContain("id=\"sign-out\"");

      browser.click("a[href='api/me']");
      assertThat(browser.html()).doesNotContain("\"userId\":\"" + clerk.userId()).doesNotContain("session_token");
    }
  }

  @Test
  void orgAdminSignsInAndApiAdminIsTheWelcomePage() throws Exception {
    try (ChromiumSession browser = ChromiumSession.start()) {
      browser.open(tomcat.baseUrl() + "/");
      browser.click("#sign-in-admin");
      assertThat(browser.html()).contains("Hello, ").contains("Active organization role: org:admin");

      browser.click("a[href='api/admin']");
      assertThat(browser.html()).contains("Welcome, administrator").contains("org:admin");

      browser.click("a[href='../']");
      browser.click("#sign-out");
      assertThat(browser.html()).contains("Hello! You are not signed in.");
      browser.open(tomcat.baseUrl() + "/api/admin");
      assertThat(browser.html()).doesNotContain("Welcome, administrator");
    }
  }

  @Test
  void startPageWhenSignedOutThenOffersBothSignIns() throws Exception {
    String page = HeadlessChromium.dumpDom(tomcat.baseUrl() + "/");
    assertThat(page).contains("Hello! You are not signed in.").contains("Sign in as a test user")
        .contains("Sign in as an org admin").doesNotContain("id=\"sign-out\"");
  }
}
