package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Held, dribbled, persistent and rate-limit faults of the fake, over real HTTP. */
class SlowAndPersistentFaultsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final FakeClerkBackend fake = FakeClerkBackend.start();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

  @AfterEach
  void stop() {
    fake.close();
  }

  private HttpRequest jwks() {
    return HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/v1/jwks")).timeout(WAIT)
        .header("Authorization", "Bearer " + fake.secretKey()).GET().build();
  }

  private HttpRequest verifyM2m() {
    return HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/m2m_tokens/verify")).timeout(WAIT)
        .header("Authorization", "Bearer " + fake.secretKey()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"mt_bogus\"}")).build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void holdWhenRequestsMatchThenTheyWaitWhileOtherPathsAreAnsweredUntilRelease() throws Exception {
    HeldRequests held = fake.faults().holdNext(Faults.ALWAYS, "/v1/jwks");
    CompletableFuture<HttpResponse<String>> first = http.sendAsync(jwks(), HttpResponse.BodyHandlers.ofString());
    CompletableFuture<HttpResponse<String>> second = http.sendAsync(jwks(), HttpResponse.BodyHandlers.ofString());
    assertThat(held.awaitHeldInAll(2, WAIT)).isTrue();

    assertThat(send(verifyM2m()).statusCode()).isEqualTo(404);
    assertThat(first).isNotDone();
    assertThat(held.heldNow()).isEqualTo(2);
    assertThat(held.mostAtOnce()).isEqualTo(2);
    assertThat(fake.exchanges("GET", "/v1/jwks")).isEmpty();

    held.release();
    assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(send(jwks()).statusCode()).isEqualTo(200);
    assertThat(held.heldNow()).isZero();
    assertThat(held.heldInAll()).isEqualTo(2);
    assertThat(held.isReleased()).isTrue();
  }

  @Test
  void holdWhenCountUsedUpThenLaterRequestsAnsweredAtOnce() throws Exception {
    HeldRequests held = fake.faults().holdNext(1, "/v1/jwks");
    CompletableFuture<HttpResponse<String>> first = http.sendAsync(jwks(), HttpResponse.BodyHandlers.ofString());
    assertThat(held.awaitHeldInAll(1, WAIT)).isTrue();

    assertThat(send(jwks()).statusCode()).isEqualTo(200);
    assertThat(held.heldInAll()).isEqualTo(1);
    assertThat(first).isNotDone();
    fake.faults().clear();
    assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(held.isReleased()).isTrue();
  }

  @Test
  void dribbleWhenAnsweringThenHeadersAtOnceAndBodyByteByByteUntilRelease() throws Exception {
    String whole = send(jwks()).body();
    HeldRequests dribble = fake.faults().dribbleNext(1, Duration.ofMillis(50), "/v1/jwks");
    HttpResponse<InputStream> response = http.send(jwks(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    try (InputStream body = response.body()) {
      int firstByte = body.read();
      assertThat(firstByte).isEqualTo(whole.charAt(0));
      assertThat(dribble.heldNow()).isEqualTo(1);
      dribble.release();
      String rest = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      assertThat((char) firstByte + rest).isEqualTo(whole);
    }
    assertThat(dribble.heldInAll()).isEqualTo(1);
    long end = System.nanoTime() + WAIT.toNanos();
    while (dribble.heldNow() > 0 && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(dribble.heldNow()).as("the fake's thread has finished writing").isZero();
  }

  @Test
  void dribbleWhenClientLeavesThenTheFakeStopsWriting() throws Exception {
    HeldRequests dribble = fake.faults().dribbleNext(Faults.ALWAYS, Duration.ofMillis(20), "/v1/jwks");
    HttpResponse<InputStream> response = http.send(jwks(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.body().read()).isNotNegative();
    response.body().close();

    long end = System.nanoTime() + WAIT.toNanos();
    while (dribble.heldNow() > 0 && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(dribble.heldNow()).isZero();
    assertThat(dribble.isReleased()).isFalse();
  }

  @Test
  void failWhenCountIsAlwaysThenEveryRequestFailsUntilClear() throws Exception {
    fake.faults().failNext(Faults.ALWAYS, 503, "/v1/jwks");
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r = send(jwks());
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("0");
    }
    assertThat(send(verifyM2m()).statusCode()).isEqualTo(404);
    fake.faults().clear();
    assertThat(send(jwks()).statusCode()).isEqualTo(200);
  }

  @Test
  void rateLimitWhenStormThen429WithRetryAfterAndClerkErrorEveryTime() throws Exception {
    fake.faults().rateLimitNext(Faults.ALWAYS, Duration.ofSeconds(3), "/");
    for (HttpRequest request : new HttpRequest[] {jwks(), verifyM2m(), jwks()}) {
      HttpResponse<String> r = send(request);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("3");
      assertThat(r.body()).contains("\"code\":\"too_many_requests\"");
    }
    assertThat(fake.exchanges("GET", "/v1/jwks")).hasSize(2).allMatch(RecordedExchange::isInjectedFault);
  }

  @Test
  void closeWhenRequestsHeldThenTheyAreLetGoAndThePortRefusesConnections() throws Exception {
    HeldRequests held = fake.faults().holdNext(Faults.ALWAYS, "/v1/jwks");
    CompletableFuture<HttpResponse<String>> pending = http.sendAsync(jwks(), HttpResponse.BodyHandlers.ofString());
    assertThat(held.awaitHeldInAll(1, WAIT)).isTrue();
    fake.close();

    assertThat(held.isReleased()).isTrue();
    assertThat(pending.handle((response, failure) -> true).get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> send(jwks())).isInstanceOf(ConnectException.class);
  }
}
