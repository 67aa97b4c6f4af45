package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.clerkservlet.api.ListM2MTokensParams;
import io.clerkservlet.testing.ClerkFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Calls that get no HTTP answer fail with {@code unexpected_error} and no status, and never hang.
 * The time bounds are generous no-hang guards, not performance assertions.
 */
class NetworkFailureTest {
  private static final Duration NO_HANG = Duration.ofSeconds(10);
  private static final String TOKEN = "mt_0123456789abcdef0123456789abcdef";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @Test
  void droppedConnectionIsAnUnexpectedError() {
    clerk.fake().faults().dropNext(1);

    ClerkApiException e = failsWithin(() -> clerk.client().m2mTokens().verify(TOKEN));

    assertUnexpectedError(e);
    assertThat(clerk.fake().exchanges()).singleElement()
        .satisfies(x -> assertThat(x.isInjectedFault()).isTrue());
  }

  @Test
  void droppedConnectionOnAReadIsNotRetried() {
    clerk.fake().faults().dropNext(1);

    assertUnexpectedError(failsWithin(() -> clerk.client().m2mTokens().list(
        ListM2MTokensParams.builder().subject(clerk.machine().getId()).build())));
    assertThat(clerk.fake().exchanges()).hasSize(1);
  }

  @Test
  void refusedConnectionIsAnUnexpectedError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (ClerkClient refused = ClerkClient.builder().apiUrl("http://127.0.0.1:" + closedPort)
        .secretKey(clerk.fake().secretKey()).build()) {
      ClerkApiException e = failsWithin(() -> refused.m2mTokens().verify(TOKEN));
      assertUnexpectedError(e);
      assertThat(e.getMessage()).startsWith("Clerk Backend API could not be reached: ")
          .doesNotContain(clerk.fake().secretKey());
    }
  }

  @Test
  void answerSlowerThanTheReadTimeoutIsAnUnexpectedError() {
    clerk.fake().faults().delayNext(1, Duration.ofSeconds(3));
    try (ClerkClient impatient = clerk.clientBuilder().readTimeout(Duration.ofMillis(300)).build()) {
      assertUnexpectedError(failsWithin(() -> impatient.m2mTokens().verify(TOKEN)));
    }
  }

  @Test
  void callAfterCloseFailsInsteadOfHanging() {
    ClerkClient closed = clerk.clientBuilder().build();
    closed.close();

    assertUnexpectedError(failsWithin(() -> closed.m2mTokens().verify(TOKEN)));
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void closeIsIdempotent() {
    ClerkClient client = clerk.clientBuilder().build();
    client.close();
    client.close();
    assertUnexpectedError(failsWithin(() -> client.m2mTokens().verify(TOKEN)));
  }

  private static ClerkApiException failsWithin(Executable call) {
    return assertTimeoutPreemptively(NO_HANG,
        () -> catchThrowableOfType(ClerkApiException.class, call::execute));
  }

  private static void assertUnexpectedError(ClerkApiException e) {
    assertThat(e).as("a ClerkApiException").isNotNull();
    assertThat(e.getStatus()).isNull();
    assertThat(e.getCode()).isEqualTo(ClerkApiException.CODE_UNEXPECTED_ERROR);
    assertThat(e.getErrors()).singleElement()
        .satisfies(error -> assertThat(error.getMessage()).isEqualTo(e.getMessage()));
    assertThat(e.isServiceUnavailable()).isTrue();
    assertThat(e.getCause()).isNotNull();
  }
}
