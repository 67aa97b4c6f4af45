package io.clerkservlet.benchmarks.e2e;

import io.clerkservlet.benchmarks.BenchMain;
import org.apache.catalina.util.ServerInfo;
import org.springframework.security.core.SpringSecurityCoreVersion;

/** Facts about the machine for the results folder. */
final class Machine {
  private Machine() {
  }

  static String facts() {
    return "java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
        + "nproc: " + Runtime.getRuntime().availableProcessors() + "\n"
        + "tomcat: " + ServerInfo.getServerInfo() + "\n"
        + "spring security: " + SpringSecurityCoreVersion.getVersion() + "\n"
        + "wrk: " + shell("wrk", "--version").lines().findFirst().orElse("?") + "\n"
        + "load before: " + shell("uptime") + shell("lscpu");
  }

  static String shell(String... command) {
    return BenchMain.shell(command);
  }
}
