package io.clerkservlet.example.jakarta;

import io.clerkservlet.example.servers.AppServer;
import io.clerkservlet.example.servers.ExampleWarChecks;
import io.clerkservlet.example.servers.TomcatServer;
import java.nio.file.Path;

/** The jakarta example WAR in a real Tomcat 10.1 distribution (unpacked by the build). */
class JakartaWarOnTomcat10IT extends ExampleWarChecks {
  @Override
  protected AppServer newServer(Path workDir) {
    return new TomcatServer("tomcat10", pathProperty("tomcat.home"), workDir);
  }
}
