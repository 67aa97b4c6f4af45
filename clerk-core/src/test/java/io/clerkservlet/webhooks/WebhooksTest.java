package io.clerkservlet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testkit.WebhookSigner;
import io.clerkservlet.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhooksTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String BODY = "{\"type\":\"user.created\",\"object\":\"event\","
      + "\"data\":{\"id\":\"user_1\",\"email_addresses\":[{\"email_address\":\"a@example.test\"}]},"
      + "\"timestamp\":1772366400000,\"instance_id\":\"ins_1\","
      + "\"event_attributes\":{\"http_request\":{\"client_ip\":\"192.0.2.1\",\"user_agent\":\"ua\"}}}";

  private final String secret = WebhookSigner.newSecret();
  private final WebhookSigner signer = new WebhookSigner(secret, CLOCK);

  @Test
  void verifyWhenSignedBySenderThenReturnsTheParsedEvent() {
    Map<String, String> headers = signer.headers("msg_1", NOW.getEpochSecond(), utf8(BODY));

    WebhookEvent event = Webhooks.verify(headers, BODY, secret, CLOCK);

    assertThat(event.getType()).isEqualTo("user.created");
    assertThat(event.getObject()).isEqualTo("event");
    assertThat(event.getData()).containsEntry("id", "user_1");
    assertThat(event.getData().get("email_addresses"))
        .isEqualTo(List.of(Map.of("email_address", "a@example.test")));
    assertThat(event.getTimestamp()).isEqualTo(1772366400000L);
    assertThat(event.getInstanceId()).isEqualTo("ins_1");
    assertThat(event.getEventAttributes()).containsKey("http_request");
    assertThat(event.getWebhookId()).isEqualTo("msg_1");
    assertThat(event.getWebhookTimestamp()).isEqualTo(NOW.getEpochSecond());
    assertThat(event.getRawJson()).isEqualTo(BODY);
    assertThat(event.toString()).doesNotContain("user_1");
    assertThatThrownBy(() -> event.getData().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void verifyMatchesAnIndependentlyComputedHmacAndThePublishedSvixVector() throws Exception {
    String fixedSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    String body = "{\"test\": 2432232314}";
    long ts = 1614265330L;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
        "HmacSHA256"));
    String independent = Base64.getEncoder().encodeToString(
        mac.doFinal(utf8("msg_p5jXN8AQM9LWM0D4loKWxJek." + ts + "." + body)));

    assertThat(independent).isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    Map<String, String> headers = Map.of("svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "svix-timestamp", Long.toString(ts), "svix-signature", "v1," + independent);
    Clock then = Clock.fixed(Instant.ofEpochSecond(ts + 10), ZoneOffset.UTC);
    assertThat(Webhooks.verify(headers, body, fixedSecret, then).getRawJson()).isEqualTo(body);
    assertThat(new WebhookSigner(fixedSecret).signature("msg_p5jXN8AQM9LWM0D4loKWxJek", ts,
        utf8(body))).isEqualTo("v1," + independent);
  }

  @Test
  void verifyWhenAnyOfSeveralSignaturesMatchesThenPasses() {
    Map<String, String> headers = new HashMap<>(signer.headers(utf8(BODY)));
    String good = headers.get("svix-signature");
    headers.put("svix-signature", "v2,abc v1,AAAAbadAAAA= " + good + " v1a,zzz");

    assertThat(Webhooks.verify(headers, BODY, secret, CLOCK).getType()).isEqualTo("user.created");
  }

  @Test
  void verifyWhenHeadersAreMultiValuedAndMixedCaseThenMatchesCaseInsensitively() {
    Map<String, String> signed = signer.headers(utf8(BODY));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Svix-Id", List.of(signed.get("svix-id")));
    headers.put("SVIX-TIMESTAMP", List.of(" " + signed.get("svix-timestamp") + " "));
    headers.put("svix-Signature", List.of("v1,bad", signed.get("svix-signature")));
    headers.put(null, List.of("HTTP/1.1 200 OK"));

    WebhookEvent event = Webhooks.verify(headers, utf8(BODY), secret, CLOCK);

    assertThat(event.getWebhookId()).isEqualTo(signed.get("svix-id"));
  }

  @Test
  void verifyWhenSecretIsWrongThenNoMatchingSignature() {
    Map<String, String> headers = signer.headers(utf8(BODY));

    assertFails(headers, BODY, WebhookSigner.newSecret(), Reason.NO_MATCHING_SIGNATURE,
        "Unable to verify incoming webhook: No matching signature found");
  }

  @Test
  void verifyWhenBodyIsTamperedThenNoMatchingSignature() {
    Map<String, String> headers = signer.headers(utf8(BODY));

    assertFails(headers, BODY.replace("user_1", "user_2"), secret, Reason.NO_MATCHING_SIGNATURE,
        "Unable to verify incoming webhook: No matching signature found");
  }

  @Test
  void verifyWhenSignatureHasNoV1EntryThenNoMatchingSignature() {
    Map<String, String> headers = new HashMap<>(signer.headers(utf8(BODY)));
    headers.put("svix-signature", headers.get("svix-signature").replace("v1,", "v2,"));

    assertFails(headers, BODY, secret, Reason.NO_MATCHING_SIGNATURE,
        "Unable to verify incoming webhook: No matching signature found");
  }

  @Test
  void verifyWhenTimestampIsJustInsideToleranceThenPasses() {
    long now = NOW.getEpochSecond();
    for (long ts : new long[] {now - 300, now + 300}) {
      Map<String, String> headers = signer.headers("msg_1", ts, utf8(BODY));

      assertThat(Webhooks.verify(headers, BODY, secret, CLOCK).getWebhookTimestamp()).isEqualTo(ts);
    }
  }

  @Test
  void verifyWhenTimestampIsTooOldThenFails() {
    Map<String, String> headers = signer.headers("msg_1", NOW.getEpochSecond() - 301, utf8(BODY));

    assertFails(headers, BODY, secret, Reason.TIMESTAMP_TOO_OLD,
        "Unable to verify incoming webhook: Message timestamp too old");
  }

  @Test
  void verifyWhenTimestampIsInTheFutureThenFails() {
    Map<String, String> headers = signer.headers("msg_1", NOW.getEpochSecond() + 301, utf8(BODY));

    assertFails(headers, BODY, secret, Reason.TIMESTAMP_TOO_NEW,
        "Unable to verify incoming webhook: Message timestamp too new");
  }

  @Test
  void verifyWhenTimestampIsNotANumberThenFails() {
    Map<String, String> headers = new HashMap<>(signer.headers(utf8(BODY)));
    headers.put("svix-timestamp", "soon");

    assertFails(headers, BODY, secret, Reason.INVALID_TIMESTAMP,
        "Unable to verify incoming webhook: Invalid Signature Headers");
  }

  @Test
  void verifyUsesTheSystemClockByDefault() {
    WebhookSigner live = new WebhookSigner(secret);

    assertThat(Webhooks.verify(live.headers(BODY), BODY, secret).getType()).isEqualTo("user.created");
    assertThat(Webhooks.verify(live.headers(BODY), utf8(BODY), secret).getType())
        .isEqualTo("user.created");
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static void assertFails(Map<String, ?> headers, String body, String secret, Reason reason,
      String message) {
    assertThatThrownBy(() -> Webhooks.verify(headers, body, secret, CLOCK))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.getReason()).isEqualTo(reason))
        .hasMessage(message)
        .hasNoCause();
  }
}
