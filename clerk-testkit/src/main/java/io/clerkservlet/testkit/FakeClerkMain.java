package io.clerkservlet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.testkit.internal.FakeJson;
import io.clerkservlet.testkit.internal.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake Clerk standalone and prints its URL, the {@code export} lines of its credentials (with a
 * production-style publishable key, which works in a browser) and tokens (a session JWT for a demo
 * user, an M2M JWT and an opaque M2M token). Arguments: an optional port (default 0, a free one).
 * Start it with {@code ./mvnw -q -pl clerk-testkit compile exec:java} (add {@code -Dexec.args=4000}
 * for a fixed port). Stops on Ctrl-C.
 */
public final class FakeClerkMain {
  private FakeClerkMain() {
  }

  /** Starts the fake and waits until the process is stopped. */
  public static void main(String[] args) throws InterruptedException, IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    FakeClerkBackend fake = FakeClerkBackend.builder().port(port).start();
    MachineCredentials machine = fake.createMachine("demo-worker");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "fake-clerk-shutdown"));
    PrintStream out = System.out;
    out.println("Fake Clerk Backend API listening on " + fake.apiUrl());
    out.println();
    out.println("  export CLERK_API_URL=" + fake.apiUrl());
    out.println("  export CLERK_SECRET_KEY=" + fake.secretKey());
    out.println("  export CLERK_PUBLISHABLE_KEY=" + fake.productionPublishableKey());
    out.println("  export CLERK_MACHINE_SECRET_KEY=" + machine.getSecretKey());
    out.println("  export CLERK_JWT_KEY='" + fake.jwtKeyPem().trim().replace("\n", "\\n") + "'");
    out.println();
    out.println("The publishable key is production-style (pk_live_) so that browsers work: a development");
    out.println("instance (pk_test_) refreshes sessions by redirecting the browser to its Frontend API over https,");
    out.println("which this plain-HTTP fake cannot serve; a production instance keeps its cookies on your domain.");
    out.println();
    printTokens(out, fake, machine);
    out.println();
    out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private static void printTokens(PrintStream out, FakeClerkBackend fake, MachineCredentials machine)
      throws IOException {
    String userId = Ids.word27("user_");
    out.println("Session JWT for demo user " + userId + " (valid 1 h):");
    out.println("  " + fake.tokens().sessionToken(userId).lifetime(Duration.ofHours(1)).sign());
    out.println("M2M JWT for " + machine.getId() + " (valid 1 h):");
    out.println("  " + createM2MToken(fake, machine, "jwt"));
    out.println("Opaque M2M token (verify with POST /m2m_tokens/verify):");
    out.println("  " + createM2MToken(fake, machine, "opaque"));
  }

  /** Creates a token through the fake's own {@code POST /m2m_tokens}, so it is known to verify. */
  private static String createM2MToken(FakeClerkBackend fake, MachineCredentials machine,
      String format) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) new URL(fake.apiUrl() + "/m2m_tokens").openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Authorization", "Bearer " + machine.getSecretKey());
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream body = connection.getOutputStream()) {
      body.write(("{\"token_format\":\"" + format + "\"}").getBytes(StandardCharsets.UTF_8));
    }
    try (InputStream in = connection.getInputStream()) {
      JsonNode created = FakeJson.MAPPER.readTree(in);
      return created.get("token").asText();
    } finally {
      connection.disconnect();
    }
  }
}
