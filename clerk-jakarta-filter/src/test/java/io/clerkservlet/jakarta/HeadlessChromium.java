package io.clerkservlet.jakarta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, loading one URL and printing the final DOM ({@code --dump-dom}):
 * it follows every redirect and keeps cookies across them as a real browser does. Started with the
 * flags this machine needs (no background networking, a fresh profile) and killed after a bound.
 */
final class HeadlessChromium {
  /** Where Debian's package installs it; override with the {@code CHROMIUM} environment variable. */
  static final String DEFAULT_BINARY = "/usr/bin/chromium";

  private HeadlessChromium() {
  }

  static Path binary() {
    String configured = System.getenv("CHROMIUM");
    return Paths.get(configured == null || configured.isEmpty() ? DEFAULT_BINARY : configured);
  }

  static boolean isInstalled() {
    return Files.isExecutable(binary());
  }

  /** The DOM after every redirect of loading {@code url}. */
  static String dumpDom(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile-");
    Path out = Files.createTempFile("chromium-dom-", ".html");
    List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--dump-dom", url));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Chromium did not finish loading " + url + " within 60 s");
      }
      return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(out);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
