package io.clerkservlet.example.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemPatternTest {
  @TempDir
  Path dir;

  @Test
  void tomcatWhenLeakWarningsThenProblemsElseNone() throws IOException {
    Files.createDirectories(dir.resolve("home"));
    TomcatServer tomcat = new TomcatServer("t", dir.resolve("home"), dir);
    assertThat(tomcat.problemPattern().matcher("27-Nov-2026 WARNING [Catalina-utility-1] org.apache.catalina.loader"
        + ".WebappClassLoaderBase.clearReferencesThreads The web application [clerk-example] appears to have started"
        + " a thread named [pool-1] but has failed to stop it. This is very likely to create a memory leak.").find())
        .isTrue();
    assertThat(tomcat.problemPattern().matcher("SEVERE [main] org.apache.catalina.core.StandardContext.startInternal"
        + " One or more Filters failed to start.").find()).isTrue();
    assertThat(tomcat.problemPattern().matcher("SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".")
        .find()).isTrue();
    assertThat(tomcat.problemPattern().matcher("INFO [main] org.apache.catalina.startup.HostConfig.deployWAR"
        + " Deployment of web application archive [/x/clerk-example.war] has finished").find()).isFalse();
  }

  @Test
  void wildFlyWhenErrorOrDeploymentWarningThenProblemButNotServerDefaults() throws IOException {
    Files.createDirectories(dir.resolve("home"));
    WildFlyServer wildFly = new WildFlyServer("w", dir.resolve("home"), dir);
    assertThat(wildFly.problemPattern().matcher("01:47:58,667 ERROR [io.undertow.request] (default task-1) UT005023:"
        + " Exception handling request to /clerk-example/").find()).isTrue();
    assertThat(wildFly.problemPattern().matcher("01:47:58,667 WARN  [org.jboss.as.server] WFLYSRV0266: deployment"
        + " clerk-example.war left a thread running").find()).isTrue();
    assertThat(wildFly.problemPattern().matcher("01:51:48,619 WARN  [org.wildfly.extension.elytron] WFLYELY00023:"
        + " KeyStore file '/home/me/clerk-servlet/target/wildfly/configuration/application.keystore' does not exist."
        + " Used blank.").find()).isFalse();
  }
}
