package io.clerkservlet.internal.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.TokenType;
import io.clerkservlet.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The machine-token caches at their cap: garbage competes only with garbage, never clears anything. */
class MachineTokenCacheTest {
  private static final int CAP = 16;

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final MachineTokenCache cache = new MachineTokenCache(clock, Duration.ofSeconds(10), Duration.ofMinutes(5),
      CAP);
  private final AtomicInteger loads = new AtomicInteger();

  private MachineVerification valid(String key) {
    return cache.get(key, TokenType.API_KEY, () -> {
      loads.incrementAndGet();
      return new MachineVerification(TokenType.API_KEY, "ak_id", "user_1", Collections.<String>emptyList(), null,
          "ci-pipeline", null, null, null);
    });
  }

  private void notFound(String key) {
    assertThatThrownBy(() -> cache.get(key, TokenType.API_KEY, () -> {
      loads.incrementAndGet();
      throw OpaqueTokenVerifier.notFound(TokenType.API_KEY);
    })).isInstanceOfSatisfying(MachineTokenVerificationException.class,
        e -> assertThat(e.fullMessage()).isEqualTo("API key not found (code=token-invalid, status=404)"));
  }

  @Test
  void whenBogusTokensFloodPastTheCapThenValidAndRepeatedBogusAnswersStayCached() {
    valid("good");
    notFound("repeated-garbage");
    notFound("repeated-garbage");
    for (int i = 0; i < CAP * 20; i++) {
      notFound("garbage-" + i);
    }
    int afterFlood = loads.get();
    valid("good");
    notFound("repeated-garbage");
    assertThat(loads.get()).as("both answered from the caches").isEqualTo(afterFlood);
    assertThat(afterFlood).isEqualTo(2 + CAP * 20);
  }

  @Test
  void whenNotFoundTtlPassesThenClerkIsAskedAgain() {
    notFound("garbage");
    clock.advance(Duration.ofSeconds(9));
    notFound("garbage");
    assertThat(loads.get()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    notFound("garbage");
    assertThat(loads.get()).isEqualTo(2);
  }
}
