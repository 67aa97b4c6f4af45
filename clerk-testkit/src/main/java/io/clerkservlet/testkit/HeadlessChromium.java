package io.clerkservlet.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, loading one URL and printing the final DOM ({@code --dump-dom}):
 * it follows every redirect and keeps cookies across them as a real browser does. Started with the
 * flags this machine needs (no background networking, a fresh profile) and killed after a bound.
 * For browser tests against the fake Clerk: sign-in links of {@link FakeClerkBackend} ({@code /v1/dev/sign_in})
 * and handshakes are plain redirects, so one load follows a whole sign-in.
 */
public final class HeadlessChromium {
  /** Where Debian's package installs it; override with the {@code CHROMIUM} environment variable. */
  public static final String DEFAULT_BINARY = "/usr/bin/chromium";

  private HeadlessChromium() {
  }

  /** The Chromium binary: {@code $CHROMIUM}, else {@value #DEFAULT_BINARY}. */
  public static Path binary() {
    String configured = System.getenv("CHROMIUM");
    return Paths.get(configured == null || configured.isEmpty() ? DEFAULT_BINARY : configured);
  }

  /** True when the binary exists and is executable. */
  public static boolean isInstalled() {
    return Files.isExecutable(binary());
  }

  /** The DOM after every redirect of loading {@code url}, in a fresh profile (no cookies), within 60 s. */
  public static String dumpDom(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile-");
    Path out = Files.createTempFile("chromium-dom-", ".html");
    List<String> command = Arrays.asList(binary().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--dump-dom", url);
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
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
