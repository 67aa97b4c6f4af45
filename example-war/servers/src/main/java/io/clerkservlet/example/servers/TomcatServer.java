package io.clerkservlet.example.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Tomcat distribution run with {@code bin/catalina.sh run} and its own {@code CATALINA_BASE}: the
 * distribution's {@code conf/} with the HTTP connector on 127.0.0.1 and a free port, the shutdown port
 * off (it stops on SIGTERM), an empty {@code webapps/} but for the WAR, and a 1 s background check so
 * deleting the WAR undeploys it at once.
 */
public final class TomcatServer extends AppServer {
  private static final Pattern PROBLEM = Pattern.compile("SEVERE|appears to have started a thread"
      + "|memory leak|failed to stop|ThreadLocal|Exception|SLF4J:");

  private final int requestedPort;
  private int port;

  /** A Tomcat on a free port. */
  public TomcatServer(String name, Path home, Path workDir) {
    this(name, home, workDir, 0);
  }

  /** A Tomcat on {@code port} (0: a free one). */
  public TomcatServer(String name, Path home, Path workDir, int port) {
    super(name, home, workDir);
    this.requestedPort = port;
  }

  @Override
  public int httpPort() {
    return port;
  }

  @Override
  protected void prepare(Path war) throws IOException {
    port = requestedPort != 0 ? requestedPort : freePort();
    copyRecursively(home.resolve("conf"), base.resolve("conf"));
    for (String dir : List.of("logs", "temp", "webapps", "work")) {
      Files.createDirectories(base.resolve(dir));
    }
    Path serverXml = base.resolve("conf/server.xml");
    String xml = Files.readString(serverXml, StandardCharsets.UTF_8);
    xml = replaceOnce(xml, "<Server port=\"8005\"", "<Server port=\"-1\"");
    xml = replaceOnce(xml, "<Connector port=\"8080\" protocol=\"HTTP/1.1\"",
        "<Connector port=\"" + port + "\" address=\"127.0.0.1\" protocol=\"HTTP/1.1\"");
    xml = replaceOnce(xml, "<Engine name=\"Catalina\" defaultHost=\"localhost\">",
        "<Engine name=\"Catalina\" defaultHost=\"localhost\" backgroundProcessorDelay=\"1\">");
    Files.writeString(serverXml, xml, StandardCharsets.UTF_8);
    Files.copy(war, base.resolve("webapps").resolve(WAR_NAME));
  }

  private static String replaceOnce(String xml, String from, String to) {
    int at = xml.indexOf(from);
    if (at < 0) {
      throw new IllegalStateException("server.xml has no " + from);
    }
    return xml.substring(0, at) + to + xml.substring(at + from.length());
  }

  @Override
  protected List<String> command() {
    return List.of("bash", home.resolve("bin/catalina.sh").toString(), "run");
  }

  @Override
  protected Map<String, String> serverEnvironment() {
    return Map.of("CATALINA_HOME", home.toString(), "CATALINA_BASE", base.toString(),
        "CATALINA_OPTS", "-Xmx256m");
  }

  @Override
  protected boolean deployed() throws IOException {
    for (String line : problemLines()) {
      if (line.contains("startup failed") || line.contains("Error deploying")) {
        throw new IllegalStateException("Tomcat could not deploy " + WAR_NAME + ": " + line);
      }
    }
    return Files.isDirectory(base.resolve("webapps/clerk-example/WEB-INF"));
  }

  @Override
  protected void startDeploy(Path war) throws IOException {
    Files.copy(war, base.resolve("webapps").resolve(WAR_NAME));
  }

  @Override
  protected void startUndeploy() throws IOException {
    Files.delete(base.resolve("webapps").resolve(WAR_NAME));
  }

  @Override
  protected boolean undeployed() {
    return !Files.exists(base.resolve("webapps/clerk-example")) && statusOf("/") == 404;
  }

  @Override
  protected Pattern problemPattern() {
    return PROBLEM;
  }

  @Override
  protected List<Path> otherLogs() throws IOException {
    try (Stream<Path> files = Files.list(base.resolve("logs"))) {
      return new ArrayList<>(files.collect(Collectors.toList()));
    }
  }

  /** A free TCP port on 127.0.0.1. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
