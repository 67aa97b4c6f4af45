package io.clerkservlet.jakarta;

import io.clerkservlet.contract.Dispatch;
import io.clerkservlet.contract.FilterSpec;
import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.TestServlet;
import io.clerkservlet.contract.WebApp;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Embedded Jetty 12 ee10 (Servlet 6.0, jakarta) with the jakarta filter. */
final class JettyEe10Container implements ServletContainerUnderTest {
  private Server server;
  private ServerConnector connector;

  @Override
  public String name() {
    return "Jetty " + Server.getVersion() + " ee10";
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
