package io.clerkservlet.benchmarks.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Facts about the machine for the results folder. */
final class Machine {
  private Machine() {
  }

  static String facts() {
    return "java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
        + "nproc: " + Runtime.getRuntime().availableProcessors() + "\n"
        + "tomcat: " + org.apache.catalina.util.ServerInfo.getServerInfo() + "\n"
        + "spring security: " + org.springframework.security.core.SpringSecurityCoreVersion.getVersion() + "\n"
        + "wrk: " + shell("wrk", "--version").lines().findFirst().orElse("?") + "\n"
        + "load before: " + shell("uptime") + shell("lscpu");
  }

  static String shell(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text;
    } catch (IOException e) {
      return String.join(" ", command) + ": " + e.getMessage() + "\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return String.join(" ", command) + ": interrupted\n";
    }
  }
}
