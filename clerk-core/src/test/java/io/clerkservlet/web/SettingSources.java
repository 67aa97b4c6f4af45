package io.clerkservlet.web;

import io.clerkservlet.testkit.FakeClerkBackend;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The three places a filter setting is read from, as maps emptied before each test, resolved with
 * {@link #resolve()}; and a fake Clerk for the class, for its keys. Register with
 * {@code @RegisterExtension static final SettingSources sources = new SettingSources();}.
 */
final class SettingSources implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  /** The init-params. */
  final Map<String, String> init = new HashMap<>();
  /** The system properties. */
  final Map<String, String> props = new HashMap<>();
  /** The environment variables. */
  final Map<String, String> env = new HashMap<>();
  private FakeClerkBackend fake;

  @Override
  public void beforeAll(ExtensionContext context) {
    fake = FakeClerkBackend.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    fake.close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    init.clear();
    props.clear();
    env.clear();
  }

  /** The fake Clerk of the class. */
  FakeClerkBackend fake() {
    return fake;
  }

  /** The settings resolved from the three maps. */
  ClerkFilterSettings resolve() {
    return ClerkFilterSettings.resolve(init::get, props::get, env::get);
  }

  /** The fake's secret key and publishable key as init-params. */
  void minimal() {
    init.put("secretKey", fake.secretKey());
    init.put("publishableKey", fake.publishableKey());
  }
}
