package io.clerkservlet.javax;

import io.clerkservlet.contract.TestServlet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.authenticator.NonLoginAuthenticator;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;

/**
 * Embedded Tomcat 9.0 whose applications are set up as a {@code web.xml} with the module would set them
 * up: the {@link ClerkServerAuthListener}, {@code clerk.*} context-params, security constraints, and the
 * authenticator valve Tomcat adds to every application (here {@code NonLoginAuthenticator}).
 */
final class JaspicTomcat9 implements AutoCloseable {
  private final Tomcat tomcat = new Tomcat();
  private final Connector connector = new Connector("HTTP/1.1");

  JaspicTomcat9() throws Exception {
    Path base = Files.createTempDirectory("tomcat9-jaspic-");
    tomcat.setBaseDir(base.toString());
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
  }

  /** An application at {@code path} with the module's listener, these context-params and an echo on {@code /*}. */
  Context moduleApp(String path, Map<String, String> contextParams) throws Exception {
    Context ctx = app(path);
    ctx.addApplicationListener(ClerkServerAuthListener.class.getName());
    contextParams.forEach(ctx::addParameter);
    ctx.getPipeline().addValve(new NonLoginAuthenticator());
    return ctx;
  }

  /** An application at {@code path} with only the filter (these init-params) on {@code /*} and an echo. */
  Context filterApp(String path, Map<String, String> initParams) throws Exception {
    Context ctx = app(path);
    FilterDef def = new FilterDef();
    def.setFilterName("clerk");
    def.setFilterClass(ClerkAuthFilter.class.getName());
    initParams.forEach(def::addInitParameter);
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("clerk");
    map.addURLPatternDecoded("/*");
    ctx.addFilterMap(map);
    return ctx;
  }

  private Context app(String path) throws Exception {
    Path docBase = Files.createTempDirectory(Path.of(tomcat.getServer().getCatalinaBase().getPath()), "app-");
    Context ctx = tomcat.addContext(path, docBase.toString());
    Tomcat.addServlet(ctx, "echo", TestServlets.create(TestServlet.ECHO));
    ctx.addServletMappingDecoded("/*", "echo");
    return ctx;
  }

  /** {@code <security-constraint>}: {@code pattern} for any of {@code roles}. */
  static void constrain(Context ctx, String pattern, String... roles) {
    SecurityConstraint constraint = new SecurityConstraint();
    for (String role : roles) {
      constraint.addAuthRole(role);
      ctx.addSecurityRole(role);
    }
    constraint.setAuthConstraint(true);
    SecurityCollection collection = new SecurityCollection();
    collection.addPatternDecoded(pattern);
    constraint.addCollection(collection);
    ctx.addConstraint(constraint);
  }

  void start() throws Exception {
    tomcat.start();
  }

  /** The application context id the module registers under: {@code "<virtual server> <context path>"}. */
  static String appContext(Context ctx) {
    return ctx.getServletContext().getVirtualServerName() + " " + ctx.getServletContext().getContextPath();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void close() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }
}
