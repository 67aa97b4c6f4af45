package io.clerkservlet.example.demo;

import io.clerkservlet.example.servers.AppServer;
import io.clerkservlet.example.servers.ExampleClerk;
import io.clerkservlet.example.servers.TomcatServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarFile;

/**
 * The demo: starts a fake Clerk and the jakarta example WAR in the real Tomcat 10.1 the build unpacked
 * next to this jar, then prints the URL and ready-to-paste {@code curl} lines with fresh tokens of every
 * kind and the answer of each. With {@code CLERK_SECRET_KEY} set it runs against that Clerk instance
 * instead of the fake. Argument: the HTTP port (default 8080, or a free one when 8080 is taken).
 * Ctrl-C stops Tomcat and the fake.
 */
public final class DemoMain {
  private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private DemoMain() {
  }

  /** Runs the demo until Ctrl-C. */
  public static void main(String[] args) throws Exception {
    Path target = jarDirectory();
    Path tomcatHome = target.resolve(manifestValue(target.resolve("clerk-demo.jar"), "Tomcat-Home"));
    Path war = target.resolve("demo/example-war-jakarta.war");
    int port = args.length > 0 ? Integer.parseInt(args[0]) : preferredPort(8080);
    boolean real = System.getenv("CLERK_SECRET_KEY") != null && !System.getenv("CLERK_SECRET_KEY").isBlank();
    PrintStream out = System.out;

    ExampleClerk clerk = real ? null : ExampleClerk.start();
    TomcatServer tomcat = new TomcatServer("demo-tomcat", tomcatHome, target, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("\nStopping Tomcat" + (clerk != null ? " and the fake Clerk" : "") + "...");
      tomcat.close();
      if (clerk != null) {
        clerk.close();
      }
      out.println("Stopped.");
      stopped.countDown();
    }, "demo-shutdown"));

    out.println("Starting " + tomcatHome.getFileName() + " with the jakarta example WAR"
        + (real ? " against your Clerk instance" : " against a fake Clerk") + "...");
    tomcat.start(war, real ? clerkEnvironment() : clerk.environment());
    out.println();
    out.println(real ? realGuide(tomcat) : fakeGuide(tomcat, clerk));
    out.println("Server log: " + tomcat.logFile());
    out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private static String fakeGuide(AppServer tomcat, ExampleClerk clerk) {
    String url = tomcat.baseUrl();
    String worker = "the worker machine " + clerk.worker().getId();
    String session = clerk.sessionToken(TOKEN_LIFETIME);
    List<DemoStep> steps = List.of(
        DemoStep.get("The JSP page, signed out", url + "/"),
        DemoStep.get("The JSP page with a session token (the filter sets the clerkAuth request attribute)", url + "/")
            .bearer(session),
        DemoStep.get("GET /api/me with a session JWT", url + "/api/me").bearer(session),
        DemoStep.get("GET /api/me as " + worker + ", with its opaque M2M token (verified by Clerk)", url + "/api/me")
            .bearer(clerk.m2mOpaqueToken()),
        DemoStep.get("GET /api/me as " + worker + ", with an M2M JWT (verified locally with the JWKS)", url + "/api/me")
            .bearer(clerk.m2mJwt(TOKEN_LIFETIME)),
        DemoStep.get("GET /api/me with an API key", url + "/api/me").bearer(clerk.apiKey()),
        DemoStep.get("GET /api/me with an OAuth access token", url + "/api/me").bearer(clerk.oauthToken()),
        DemoStep.get("GET /api/me with a bad token: 401 with a Bearer challenge", url + "/api/me")
            .bearer("not-a-clerk-token").showHeader("WWW-Authenticate"),
        DemoStep.get("GET /api/admin as org:admin of the active organization", url + "/api/admin")
            .bearer(clerk.adminSessionToken(TOKEN_LIFETIME)),
        DemoStep.get("GET /api/admin without an admin role: 403", url + "/api/admin").bearer(session),
        DemoStep.post("POST /internal/jobs as " + worker + " (M2M JWT)", url + "/internal/jobs", "{}")
            .bearer(clerk.m2mJwt(TOKEN_LIFETIME)),
        DemoStep.post("POST /internal/jobs with a session token: machines only, 401", url + "/internal/jobs", "{}")
            .bearer(session).showHeader("WWW-Authenticate"),
        DemoStep.get("The M2M loop, as the app's own machine " + clerk.app().getId()
            + ": it creates an M2M token, calls its own /internal/jobs, revokes it (a new tokenId each time)",
            url + "/m2m/call-internal"),
        webhook(clerk, url));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    StringBuilder out = new StringBuilder();
    out.append("The example is running at ").append(url).append("/\n");
    out.append("Open it in a browser and click \"Sign in as a test user\" or \"Sign in as an org admin\" (the fake\n")
        .append("Clerk signs you in and the filter sets the session cookies); then try api/me, api/admin and\n")
        .append("Sign out.\n");
    out.append("Fake Clerk: ").append(clerk.fake().apiUrl()).append(" (user ").append(clerk.userId())
        .append(", worker machine ").append(clerk.worker().getId()).append("). Tokens are valid for 1 hour.\n\n");
    out.append("Paste any of these; the line under each is the answer this demo just got for it.\n\n");
    for (DemoStep step : steps) {
      out.append(step.render(http)).append('\n');
    }
    out.append(realClerkHint());
    return out.toString();
  }

  private static DemoStep webhook(ExampleClerk clerk, String url) {
    String body = "{\"type\":\"user.created\",\"object\":\"event\",\"data\":{\"id\":\"" + clerk.userId() + "\"}}";
    DemoStep step = DemoStep.post("POST /webhooks/clerk signed by Clerk (Svix): 204 (valid for 5 minutes)",
        url + "/webhooks/clerk", body);
    clerk.webhookSigner().headers(body).forEach(step::header);
    return step;
  }

  private static String realClerkHint() {
    return "To run against your own Clerk instance instead of the fake, stop this (Ctrl-C) and run:\n"
        + "  CLERK_SECRET_KEY=sk_test_... CLERK_PUBLISHABLE_KEY=pk_test_... \\\n"
        + "  CLERK_MACHINE_SECRET_KEY=ak_... java -jar example-war/demo/target/clerk-demo.jar\n"
        + "(CLERK_MACHINE_SECRET_KEY is a machine's secret key from the Dashboard's Machines page; it is only\n"
        + "needed for /m2m/call-internal. Add CLERK_WEBHOOK_SIGNING_SECRET=whsec_... for the webhook.)\n";
  }

  private static String realGuide(AppServer tomcat) {
    String url = tomcat.baseUrl();
    return "The example is running at " + url + "/ against your Clerk instance.\n\n"
        + "# A session token: in a signed-in browser tab of your app, run  await window.Clerk.session.getToken()\n"
        + "curl -s -H \"Authorization: Bearer $SESSION_TOKEN\" " + url + "/api/me\n"
        + "  => 200 {\"status\":\"signed-in\",...,\"tokenType\":\"session_token\",...,\"userId\":\"user_...\",...}\n\n"
        + "# An API key, M2M token or OAuth access token of your instance\n"
        + "curl -s -H \"Authorization: Bearer $TOKEN\" " + url + "/api/me\n"
        + "  => 200 {\"status\":\"signed-in\",...,\"tokenType\":\"api_key\" (or m2m_token, oauth_token),...}\n\n"
        + "# The M2M loop with CLERK_MACHINE_SECRET_KEY's machine\n"
        + "curl -s " + url + "/m2m/call-internal\n"
        + "  => 200 {\"tokenId\":\"mt_...\",\"machineId\":\"mch_...\",\"internalStatus\":200,...,\"revoked\":true}\n\n"
        + "# No token, or a bad one\n"
        + "curl -s -i " + url + "/api/me\n"
        + "  => 401, WWW-Authenticate: Bearer\n";
  }

  /** The caller's {@code CLERK_*} variables, for the real-Clerk mode. */
  private static Map<String, String> clerkEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    System.getenv().forEach((k, v) -> {
      if (k.startsWith("CLERK_")) {
        env.put(k, v);
      }
    });
    return env;
  }

  private static int preferredPort(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException taken) {
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return s.getLocalPort();
      }
    }
  }

  private static Path jarDirectory() throws URISyntaxException {
    return Path.of(DemoMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
  }

  private static String manifestValue(Path jar, String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String value = file.getManifest().getMainAttributes().getValue(name);
      if (value == null) {
        throw new IllegalStateException(jar + " has no " + name + ": rebuild with ./mvnw -pl example-war/demo -am package");
      }
      return value;
    }
  }
}
