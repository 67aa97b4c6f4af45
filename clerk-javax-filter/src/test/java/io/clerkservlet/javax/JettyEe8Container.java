package io.clerkservlet.javax;

import io.clerkservlet.contract.Dispatch;
import io.clerkservlet.contract.FilterSpec;
import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.TestServlet;
import io.clerkservlet.contract.WebApp;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.servlet.DispatcherType;
import org.eclipse.jetty.ee8.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Embedded Jetty 12 ee8 (Servlet 4.0, javax) with the javax filter. */
final class JettyEe8Container implements ServletContainerUnderTest {
  private Server server;
  private ServerConnector connector;

  @Override
  public String name() {
    return "Jetty " + Server.getVersion() + " ee8";
  }

  @Override
  public void start(WebApp app) throws Exception {
    server = new Server();
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler ctx = new ServletContextHandler();
    ctx.setContextPath("/");
    for (Map.Entry<TestServlet, List<String>> s : app.servlets().entrySet()) {
      ServletHolder holder = new ServletHolder(s.getKey().name(), TestServlets.create(s.getKey()));
      holder.setAsyncSupported(true);
      s.getValue().forEach(p -> ctx.addServlet(holder, p));
    }
    for (FilterSpec f : app.filters()) {
      FilterHolder holder = f.settings() != null ? new FilterHolder(new ClerkAuthFilter(f.settings()))
          : new FilterHolder(ClerkAuthFilter.class);
      holder.setName(f.name());
      holder.setAsyncSupported(true);
      f.initParams().forEach(holder::setInitParameter);
      EnumSet<DispatcherType> types = EnumSet.noneOf(DispatcherType.class);
      for (Dispatch d : f.dispatchTypes()) {
        types.add(DispatcherType.valueOf(d.name()));
      }
      f.urlPatterns().forEach(p -> ctx.addFilter(holder, p, types));
    }
    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
    app.errorPages().forEach(errors::addErrorPage);
    ctx.setErrorHandler(errors);
    server.setHandler(ctx);
    server.start();
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void stop() throws Exception {
    if (server != null) {
      server.stop();
      server.destroy();
      server = null;
    }
  }
}
