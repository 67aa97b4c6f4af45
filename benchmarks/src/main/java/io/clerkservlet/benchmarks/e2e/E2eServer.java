package io.clerkservlet.benchmarks.e2e;

import io.clerkservlet.TokenType;
import io.clerkservlet.jakarta.ClerkAuthFilter;
import io.clerkservlet.web.ClerkFilterSettings;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * The Tomcat 10.1 of the end-to-end harness, in a JVM of its own (so {@code /proc/<pid>/stat} is
 * its CPU alone): one servlet answering {@code ok}, behind a different filter per path prefix.
 * {@code /plain/} none; {@code /session/} the jakarta Clerk filter for session tokens;
 * {@code /m2m/} for opaque {@code mt_} tokens with no positive cache (concurrent checks of one token
 * share a call); {@code /m2m-cached/} the same with a 60 s positive cache; {@code /spring/} Spring
 * Security 6.5's resource server ({@code NimbusJwtDecoder} on the same public key). No access log,
 * keep-alive on. {@code /stats} (no filter) gives the bytes allocated by all live threads so far.
 * Arguments: port, the fake's API URL, secret key, publishable key, machine secret key, the
 * session tokens' issuer, a file with the signing key's PEM. Prints {@code READY} once started.
 */
public final class E2eServer {
  private E2eServer() {
  }

  /** Starts Tomcat and waits. */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String apiUrl = args[1];
    String secretKey = args[2];
    String publishableKey = args[3];
    String machineSecretKey = args[4];
    System.setProperty(SpringPeer.ISSUER, args[5]);
    System.setProperty(SpringPeer.PEM, new String(Files.readAllBytes(Path.of(args[6])), StandardCharsets.US_ASCII));

    Path base = Files.createTempDirectory("e2e-tomcat-");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector("HTTP/1.1");
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx = tomcat.addContext("", base.toString());
    Tomcat.addServlet(ctx, "ok", new OkServlet());
    ctx.addServletMappingDecoded("/", "ok");
    Tomcat.addServlet(ctx, "stats", new StatsServlet());
    ctx.addServletMappingDecoded("/stats", "stats");

    ClerkFilterSettings session = ClerkFilterSettings.builder().apiUrl(apiUrl).secretKey(secretKey)
        .publishableKey(publishableKey).authorizedParties(EndToEnd.AZP).build();
    ClerkFilterSettings m2m = ClerkFilterSettings.builder().apiUrl(apiUrl).secretKey(secretKey)
        .machineSecretKey(machineSecretKey).acceptsToken(TokenType.M2M_TOKEN).build();
    ClerkFilterSettings m2mCached = ClerkFilterSettings.builder().apiUrl(apiUrl).secretKey(secretKey)
        .machineSecretKey(machineSecretKey).acceptsToken(TokenType.M2M_TOKEN)
        .machineTokenCacheTtl(Duration.ofSeconds(60)).build();
    addFilter(ctx, "clerk-session", new ClerkAuthFilter(session), "/session/*");
    addFilter(ctx, "clerk-m2m", new ClerkAuthFilter(m2m), "/m2m/*");
    addFilter(ctx, "clerk-m2m-cached", new ClerkAuthFilter(m2mCached), "/m2m-cached/*");
    ctx.addServletContainerInitializer((classes, servletContext) -> {
      AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
      spring.setServletContext(servletContext);
      spring.register(SpringPeer.class);
      spring.refresh();
      servletContext.setAttribute("e2e.spring", spring);
    }, null);
    addFilter(ctx, "springSecurityFilterChain", new LazySpringFilter(), "/spring/*");
    tomcat.start();
    System.out.println("READY pid " + ProcessHandle.current().pid());
    System.out.flush();
    tomcat.getServer().await();
  }

  private static void addFilter(Context ctx, String name, Filter filter, String pattern) {
    FilterDef def = new FilterDef();
    def.setFilterName(name);
    def.setFilter(filter);
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName(name);
    map.addURLPatternDecoded(pattern);
    ctx.addFilterMap(map);
  }

  /** Spring's {@link DelegatingFilterProxy} on the context the initializer refreshed. */
  static final class LazySpringFilter extends DelegatingFilterProxy {
    LazySpringFilter() {
      super("springSecurityFilterChain");
      setContextAttribute("e2e.spring");
    }
  }

  /** The application: a fixed two-byte answer. */
  static final class OkServlet extends HttpServlet {
    private static final byte[] OK = "ok".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      res.setContentType("text/plain");
      res.setContentLength(OK.length);
      res.getOutputStream().write(OK);
    }
  }

  /** Bytes allocated so far by every live thread (Tomcat's workers are pooled and long-lived). */
  static final class StatsServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      com.sun.management.ThreadMXBean threads =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long total = 0;
      for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
        total += Math.max(0, b);
      }
      res.setContentType("text/plain");
      res.getWriter().print(total);
    }
  }
}
