package io.clerkservlet.example.javax;

import io.clerkservlet.example.servers.AppServer;
import io.clerkservlet.example.servers.ContainerSecurityChecks;
import io.clerkservlet.example.servers.WildFlyServer;
import java.nio.file.Path;

/** The javax example WAR in a real WildFly 26 distribution (unpacked by the build). */
class JavaxWarOnWildFly26IT extends ContainerSecurityChecks {
  @Override
  protected boolean hasEjbContainer() {
    return true;
  }

  @Override
  protected AppServer newServer(Path workDir) {
    return new WildFlyServer("wildfly26", pathProperty("wildfly.home"), workDir);
  }
}
