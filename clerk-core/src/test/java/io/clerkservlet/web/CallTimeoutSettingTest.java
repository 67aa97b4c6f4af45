package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.testkit.FakeClerkBackend;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code callTimeout} filter setting: parsed like the other durations, checked at start, part of the client key. */
class CallTimeoutSettingTest {
  private static FakeClerkBackend fake;

  private final Map<String, String> init = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  @BeforeAll
  static void startFake() {
    fake = FakeClerkBackend.start();
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private ClerkFilterSettings resolve() {
    return ClerkFilterSettings.resolve(init::get, k -> null, env::get);
  }

  private void minimal() {
    init.put("secretKey", fake.secretKey());
    init.put("publishableKey", fake.publishableKey());
  }

  @Test
  void callTimeoutWhenUnsetThenClientDefaultElseParsedLikeOtherDurations() {
    minimal();
    assertThat(resolve().getCallTimeout()).isEqualTo(ClerkClient.DEFAULT_CALL_TIMEOUT);
    env.put("CLERK_CALL_TIMEOUT", "2500ms");
    assertThat(resolve().getCallTimeout()).isEqualTo(Duration.ofMillis(2500));
    init.put("callTimeout", "PT3S");
    assertThat(resolve().getCallTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(resolve().toString()).contains("callTimeout=PT3S");
  }

  @Test
  void callTimeoutWhenZeroOrMalformedThenStartFailsNamingIt() {
    minimal();
    init.put("callTimeout", "0");
    assertThatThrownBy(this::resolve).hasMessage("Invalid Clerk filter setting callTimeout (init-param callTimeout, "
        + "system property clerk.callTimeout, environment variable CLERK_CALL_TIMEOUT): callTimeout must be a "
        + "positive duration");
    init.put("callTimeout", "10");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting callTimeout (").hasMessageContaining("\"10\"");
  }

  @Test
  void callTimeoutWhenDifferentThenFiltersDoNotShareAClient() {
    ClerkClients clients = new ClerkClients();
    ClerkFilterSettings.Builder b = ClerkFilterSettings.builder().secretKey(fake.secretKey())
        .publishableKey(fake.publishableKey()).apiUrl(fake.apiUrl());
    try (ClerkFilterEngine a = ClerkFilterEngine.open(b.build(), clients);
        ClerkFilterEngine same = ClerkFilterEngine.open(b.callTimeout(ClerkClient.DEFAULT_CALL_TIMEOUT).build(), clients);
        ClerkFilterEngine shorter = ClerkFilterEngine.open(b.callTimeout(Duration.ofSeconds(2)).build(), clients)) {
      assertThat(clients.size()).isEqualTo(2);
      assertThat(shorter.getSettings().getCallTimeout()).isEqualTo(Duration.ofSeconds(2));
    }
    assertThat(clients.size()).isZero();
  }
}
