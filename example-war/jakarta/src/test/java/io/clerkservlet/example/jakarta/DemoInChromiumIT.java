package io.clerkservlet.example.jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clerkservlet.example.servers.ExampleClerk;
import io.clerkservlet.example.servers.TomcatServer;
import io.clerkservlet.testkit.HeadlessChromium;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo as a person with a browser meets it: a real headless Chromium follows the start page's
 * "Sign in as a test user" and "as an org admin" links through the fake Clerk's sign-in and the
 * filter's handshake, and lands greeted on the page, on {@code /api/me}, and on {@code /api/admin}
 * as a 200 or 403 page. The jakarta WAR runs in the real Tomcat 10.1 the build unpacked. Chromium is
 * Debian's {@code chromium} ({@code CLERK_REQUIRE_BROWSER=true}, as {@code .ci/run} sets, makes its
 * absence a failure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoInChromiumIT {
  private static final Pattern HREF = Pattern.compile("id=\"(sign-in|sign-in-admin|sign-out)\" href=\"([^\"]+)\"");

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

  /** The start page's link of this id, with its redirect target replaced by {@code path} of the app. */
  private String link(String id, String path) throws Exception {
    String page = HeadlessChromium.dumpDom(tomcat.baseUrl() + "/");
    Matcher m = HREF.matcher(page);
    while (m.find()) {
      if (m.group(1).equals(id)) {
        String href = m.group(2).replace("&amp;", "&");
        String target = URLDecoder.decode(href.replaceAll(".*redirect_url=", ""), StandardCharsets.UTF_8);
        assertThat(target).isEqualTo(tomcat.baseUrl() + "/");
        return href.replaceAll("redirect_url=.*", "redirect_url="
            + URLEncoder.encode(tomcat.baseUrl() + path, StandardCharsets.UTF_8));
      }
    }
    throw new AssertionError("no link " + id + " on the start page:\n" + page);
  }

  @Test
  void signInAsTestUserThenThePageGreetsTheUserAndOffersSignOut() throws Exception {
    String page = HeadlessChromium.dumpDom(link("sign-in", "/"));
    assertThat(page).contains("Hello, " + clerk.userId() + "!").contains("id=\"sign-out\"")
        .doesNotContain("id=\"sign-in\"");
  }

  @Test
  void signInAsTestUserThenApiMeShowsTheSessionAuth() throws Exception {
    String page = HeadlessChromium.dumpDom(link("sign-in", "/api/me"));
    assertThat(page).contains("\"tokenType\":\"session_token\"").contains("\"userId\":\"" + clerk.userId() + "\"");
  }

  @Test
  void signInAsOrgAdminThenApiAdminIsTheWelcomePage() throws Exception {
    String page = HeadlessChromium.dumpDom(link("sign-in-admin", "/api/admin"));
    assertThat(page).contains("Welcome, administrator").contains("org:admin");
  }

  @Test
  void signInAsTestUserThenApiAdminIsTheForbiddenPage() throws Exception {
    String page = HeadlessChromium.dumpDom(link("sign-in", "/api/admin"));
    assertThat(page).contains("403: not an organization admin").contains(clerk.userId());
  }

  @Test
  void startPageWhenSignedOutThenOffersBothSignIns() throws Exception {
    String page = HeadlessChromium.dumpDom(tomcat.baseUrl() + "/");
    assertThat(page).contains("Hello! You are not signed in.").contains("Sign in as a test user")
        .contains("Sign in as an org admin").doesNotContain("id=\"sign-out\"");
  }
}
