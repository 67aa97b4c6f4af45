package io.clerkservlet.jakarta;

import io.clerkservlet.contract.Dispatch;
import io.clerkservlet.contract.FilterSpec;
import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.TestServlet;
import io.clerkservlet.contract.WebApp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** Embedded Tomcat 10.1 (Servlet 6.0, jakarta) with the jakarta filter. */
final class Tomcat10Container implements ServletContainerUnderTest {
  private static final Logger CATALINA = Logger.getLogger("org.apache.catalina");

  private Tomcat tomcat;
  private Connector connector;

  @Override
  public String name() {
    return "Tomcat " + org.apache.catalina.util.ServerInfo.getServerNumber();
  }

  @Override
  public void start(WebApp app) throws Exception {
    Path base = Files.createTempDirectory("tomcat10-");
    tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    connector = new Connector("HTTP/1.1");
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context ctx = tomcat.addContext("", base.toString());
    for (Map.Entry<TestServlet, List<String>> s : app.servlets().entrySet()) {
      Wrapper w = Tomcat.addServlet(ctx, s.getKey().name(), TestServlets.create(s.getKey()));
      w.setAsyncSupported(true);
      s.getValue().forEach(p -> ctx.addServletMappingDecoded(p, s.getKey().name()));
    }
    for (FilterSpec f : app.filters()) {
      addFilter(ctx, f);
    }
    for (Map.Entry<Integer, String> e : app.errorPages().entrySet()) {
      ErrorPage page = new ErrorPage();
      page.setErrorCode(e.getKey());
      page.setLocation(e.getValue());
      ctx.addErrorPage(page);
    }
    List<LogRecord> errors = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(record);
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    CATALINA.addHandler(capture);
    try {
      tomcat.start();
    } finally {
      CATALINA.removeHandler(capture);
    }
    if (ctx.getState() != LifecycleState.STARTED) {
      IllegalStateException failure = new IllegalStateException("context did not start: " + ctx.getState());
      errors.stream().filter(r -> r.getThrown() != null).forEach(r -> failure.addSuppressed(r.getThrown()));
      throw failure;
    }
  }

  private static void addFilter(Context ctx, FilterSpec f) {
    FilterDef def = new FilterDef();
    def.setFilterName(f.name());
    if (f.settings() != null) {
      def.setFilter(new ClerkAuthFilter(f.settings()));
    } else {
      def.setFilterClass(ClerkAuthFilter.class.getName());
    }
    f.initParams().forEach(def::addInitParameter);
    def.setAsyncSupported("true");
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName(f.name());
    f.urlPatterns().forEach(map::addURLPatternDecoded);
    for (Dispatch d : f.dispatchTypes()) {
      map.setDispatcher(d.name());
    }
    ctx.addFilterMap(map);
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
      tomcat = null;
    }
  }
}
