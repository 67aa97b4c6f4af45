package io.clerkservlet.testing;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh fake Clerk and a {@link ClerkClient} pointed at it for each test, over real loopback
 * HTTP. Register with {@code @RegisterExtension final ClerkFixture clerk = new ClerkFixture();}.
 *
 * <p>After each test every exchange the fake recorded (except injected faults) is checked
 * against Clerk's published OpenAPI spec, so each round-trip test is also a contract test.
 */
public final class ClerkFixture implements BeforeEachCallback, AfterEachCallback {
  private FakeClerkBackend fake;
  private MachineCredentials machine;
  private ClerkClient client;
  private boolean contractCheck = true;

  @Override
  public void beforeEach(ExtensionContext context) {
    fake = FakeClerkBackend.start();
    machine = fake.createMachine("fixture-worker");
    client = clientBuilder().publishableKey(fake.productionPublishableKey())
        .machineSecretKey(machine.getSecretKey()).build();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (contractCheck && !context.getExecutionException().isPresent()) {
        OpenApiContract.assertConforms(fake.exchanges());
      }
    } finally {
      client.close();
      fake.close();
    }
  }

  /** The fake Clerk of this test. */
  public FakeClerkBackend fake() {
    return fake;
  }

  /** A machine created before the test; the client uses its secret key as machine secret key. */
  public MachineCredentials machine() {
    return machine;
  }

  /**
   * A client with the fake's secret key, production publishable key (every {@code acceptsToken}
   * but exactly {@code m2m_token} or {@code api_key} needs one) and {@link #machine()}'s machine
   * secret key.
   */
  public ClerkClient client() {
    return client;
  }

  /** A builder with the fake's API URL and secret key only, for tests that need other settings. */
  public ClerkClient.Builder clientBuilder() {
    return ClerkClient.builder().apiUrl(fake.apiUrl()).secretKey(fake.secretKey());
  }

  /** Turns off the spec check for this test (for tests that send deliberately invalid calls). */
  public void skipContractCheck() {
    contractCheck = false;
  }
}
