package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code callTimeout} filter setting: parsed like other durations, checked at start, part of the client key. */
class CallTimeoutSettingTest {
  @RegisterExtension
  static final SettingSources sources = new SettingSources();

  @Test
  void callTimeoutWhenUnsetThenClientDefaultElseParsedLikeOtherDurations() {
    sources.minimal();
    assertThat(sources.resolve().getCallTimeout()).isEqualTo(ClerkClient.DEFAULT_CALL_TIMEOUT);
    sources.env.put("CLERK_CALL_TIMEOUT", "2500ms");
    assertThat(sources.resolve().getCallTimeout()).isEqualTo(Duration.ofMillis(2500));
    sources.init.put("callTimeout", "PT3S");
    assertThat(sources.resolve().getCallTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(sources.resolve().toString()).contains("callTimeout=PT3S");
  }

  @Test
  void callTimeoutWhenZeroOrMalformedThenStartFailsNamingIt() {
    sources.minimal();
    sources.init.put("callTimeout", "0");
    assertThatThrownBy(sources::resolve).hasMessage("Invalid Clerk filter setting callTimeout (init-param callTimeout, "
        + "system property clerk.callTimeout, environment variable CLERK_CALL_TIMEOUT): callTimeout must be a "
        + "positive duration");
    sources.init.put("callTimeout", "10");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting callTimeout (").hasMessageContaining("\"10\"");
  }

  @Test
  void callTimeoutWhenDifferentThenFiltersDoNotShareAClient() {
    ClerkClients clients = new ClerkClients();
    ClerkFilterSettings.Builder b = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).apiUrl(sources.fake().apiUrl());
    try (ClerkFilterEngine a = ClerkFilterEngine.open(b.build(), clients);
        ClerkFilterEngine same = ClerkFilterEngine.open(b.callTimeout(ClerkClient.DEFAULT_CALL_TIMEOUT).build(),
            clients);
        ClerkFilterEngine shorter = ClerkFilterEngine.open(b.callTimeout(Duration.ofSeconds(2)).build(), clients)) {
      assertThat(clients.size()).isEqualTo(2);
      assertThat(shorter.getSettings().getCallTimeout()).isEqualTo(Duration.ofSeconds(2));
    }
    assertThat(clients.size()).isZero();
  }
}
