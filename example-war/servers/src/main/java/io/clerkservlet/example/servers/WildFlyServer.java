package io.clerkservlet.example.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A WildFly distribution run with {@code bin/standalone.sh} and its own server base directory (a copy
 * of {@code standalone/}): every socket on 127.0.0.1, moved by a port offset whose ports are all free,
 * and a 0.5 s deployment scan. The WAR is deployed and undeployed by the deployment scanner, with its
 * marker files ({@code .deployed}, {@code .failed}, {@code .undeployed}).
 */
public final class WildFlyServer extends AppServer {
  /** The default ports of {@code standalone.xml}'s socket bindings. */
  private static final int[] DEFAULT_PORTS = {8080, 8443, 8009, 9990, 9993, 4712, 4713};
  /** Any error, and warnings about the deployment or leaks. */
  private static final Pattern PROBLEM =
      Pattern.compile("\\bERROR\\b|\\bWARN\\b.*(clerk-example|io\\.clerkservlet|(?i:leak))");

  private static final String OTHER_DOMAIN =
      "<application-security-domain name=\"other\" security-domain=\"ApplicationDomain\"/>";

  private int offset;

  /** A WildFly on free ports. */
  public WildFlyServer(String name, Path home, Path workDir) {
    super(name, home, workDir);
  }

  @Override
  public int httpPort() {
    return 8080 + offset;
  }

  @Override
  protected void prepare(Path war) throws IOException {
    offset = freeOffset();
    copyRecursively(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(base.resolve("deployments"));
    Path config = base.resolve("configuration/standalone.xml");
    String xml = Files.readString(config, StandardCharsets.UTF_8);
    String scanner = "scan-interval=\"5000\"";
    if (!xml.contains(scanner)) {
      throw new IllegalStateException("standalone.xml has no " + scanner);
    }
    Files.writeString(config, withNonIntegratedJaspi(xml.replace(scanner, "scan-interval=\"500\"")),
        StandardCharsets.UTF_8);
    Files.copy(war, deployments().resolve(WAR_NAME));
  }

  /**
   * The README's WildFly configuration for container-managed security, as its jboss-cli command
   * {@code /subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)}
   * would write it: callers established by a Jakarta Authentication module need not exist in the
   * security domain's realm.
   */
  static String withNonIntegratedJaspi(String xml) {
    int undertow = xml.indexOf("<subsystem xmlns=\"urn:jboss:domain:undertow:");
    int domain = undertow < 0 ? -1 : xml.indexOf(OTHER_DOMAIN, undertow);
    if (domain < 0) {
      throw new IllegalStateException("standalone.xml has no undertow " + OTHER_DOMAIN);
    }
    return xml.substring(0, domain) + OTHER_DOMAIN.replace("/>", " integrated-jaspi=\"false\"/>")
        + xml.substring(domain + OTHER_DOMAIN.length());
  }

  private Path deployments() {
    return base.resolve("deployments");
  }

  private Path marker(String suffix) {
    return deployments().resolve(WAR_NAME + suffix);
  }

  @Override
  protected List<String> command() {
    return List.of("bash", home.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1",
        "-bmanagement", "127.0.0.1", "-Djboss.socket.binding.port-offset=" + offset,
        "-Djboss.server.base.dir=" + base);
  }

  @Override
  protected Map<String, String> serverEnvironment() {
    return Map.of("JBOSS_HOME", home.toString());
  }

  @Override
  protected boolean deployed() throws IOException {
    if (Files.exists(marker(".failed"))) {
      throw new IllegalStateException("WildFly could not deploy " + WAR_NAME + ": "
          + Files.readString(marker(".failed"), StandardCharsets.UTF_8));
    }
    return Files.exists(marker(".deployed"));
  }

  @Override
  protected void startDeploy(Path war) throws IOException {
    Files.copy(war, deployments().resolve(WAR_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.createFile(marker(".dodeploy"));
    Files.deleteIfExists(marker(".undeployed"));
  }

  @Override
  protected void startUndeploy() throws IOException {
    Files.delete(marker(".deployed"));
  }

  @Override
  protected boolean undeployed() {
    return Files.exists(marker(".undeployed")) && statusOf("/") == 404;
  }

  @Override
  protected Pattern problemPattern() {
    return PROBLEM;
  }

  /** A port offset under which every default port of {@code standalone.xml} is free on 127.0.0.1. */
  private static int freeOffset() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = ThreadLocalRandom.current().nextInt(10_000, 50_000);
      if (allFree(candidate)) {
        return candidate;
      }
    }
    throw new IOException("No free port offset for WildFly found");
  }

  private static boolean allFree(int offset) {
    for (int port : DEFAULT_PORTS) {
      try (ServerSocket s = new ServerSocket(port + offset, 1, InetAddress.getLoopbackAddress())) {
        s.getLocalPort();
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
