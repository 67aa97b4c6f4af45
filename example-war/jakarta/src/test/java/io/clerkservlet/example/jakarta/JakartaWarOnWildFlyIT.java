package io.clerkservlet.example.jakarta;

import io.clerkservlet.example.servers.AppServer;
import io.clerkservlet.example.servers.ContainerSecurityChecks;
import io.clerkservlet.example.servers.WildFlyServer;
import java.nio.file.Path;

/** The jakarta example WAR in a real current WildFly distribution (unpacked by the build). */
class JakartaWarOnWildFlyIT extends ContainerSecurityChecks {
  @Override
  protected boolean hasEjbContainer() {
    return true;
  }

  @Override
  protected AppServer newServer(Path workDir) {
    return new WildFlyServer("wildfly", pathProperty("wildfly.home"), workDir);
  }
}
