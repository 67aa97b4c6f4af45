package io.clerkservlet.example.javax;

import io.clerkservlet.example.servers.AppServer;
import io.clerkservlet.example.servers.ContainerSecurityChecks;
import io.clerkservlet.example.servers.TomcatServer;
import java.nio.file.Path;

/** The javax example WAR in a real Tomcat 9.0 distribution (unpacked by the build). */
class JavaxWarOnTomcat9IT extends ContainerSecurityChecks {
  @Override
  protected boolean hasEjbContainer() {
    return false;
  }

  @Override
  protected AppServer newServer(Path workDir) {
    return new TomcatServer("tomcat9", pathProperty("tomcat.home"), workDir);
  }
}
