package io.clerkservlet.webhooks;

import static io.clerkservlet.webhooks.WebhooksTest.assertFails;
import static io.clerkservlet.webhooks.WebhooksTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.clerkservlet.testkit.WebhookSigner;
import io.clerkservlet.webhooks.WebhookVerificationException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Missing or malformed inputs: secret, headers and body. */
class WebhooksInputTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String BODY = "{\"type\":\"session.created\",\"data\":{\"id\":\"sess_1\"}}";

  private final String secret = WebhookSigner.newSecret();
  private final Map<String, String> signed = new WebhookSigner(secret,
      Clock.fixed(NOW, ZoneOffset.UTC)).headers(utf8(BODY));

  @Test
  void verifyWhenSecretIsMissingThenAsksForTheEnvironmentVariable() {
    for (String missing : new String[] {null, ""}) {
      assertFails(signed, BODY, missing, Reason.MISSING_SECRET, "Missing webhook signing secret. "
          + "Set the CLERK_WEBHOOK_SIGNING_SECRET environment variable with the webhook secret "
          + "from the Clerk Dashboard.");
    }
  }

  @Test
  void verifyWhenEachHeaderIsMissingThenNamesIt() {
    for (String name : new String[] {"svix-id", "svix-timestamp", "svix-signature"}) {
      Map<String, String> headers = new HashMap<>(signed);
      headers.remove(name);

      assertFails(headers, BODY, secret, Reason.MISSING_HEADERS,
          "Missing required webhook headers: " + name);
    }
  }

  @Test
  void verifyWhenHeadersAreBlankOrAbsentThenNamesAllInOrder() {
    Map<String, String> blank = Map.of("svix-id", " ", "svix-timestamp", "", "svix-signature", "");

    assertFails(blank, BODY, secret, Reason.MISSING_HEADERS,
        "Missing required webhook headers: svix-id, svix-timestamp, svix-signature");
    assertFails(Map.of(), BODY, secret, Reason.MISSING_HEADERS,
        "Missing required webhook headers: svix-id, svix-timestamp, svix-signature");
  }

  @Test
  void verifyWhenSecretIsMalformedThenFailsWithoutEchoingIt() {
    for (String malformed : new String[] {"whsec_not*base64!", "whsec_", "whsec_===="}) {
      assertFails(signed, BODY, malformed, Reason.INVALID_SECRET,
          "Invalid webhook signing secret: expected whsec_ followed by base64.");
    }
  }

  @Test
  void verifyWhenSecretHasNoPrefixThenTheBase64KeyIsUsedAsIs() {
    String bare = secret.substring("whsec_".length());

    assertThat(Webhooks.verify(signed, BODY, bare, Clock.fixed(NOW, ZoneOffset.UTC)).getType())
        .isEqualTo("session.created");
  }

  @Test
  void verifyWhenSignedBodyIsNotJsonThenFailsAfterTheSignatureCheck() {
    for (String body : new String[] {"not json", "[1,2]", "", "{\"data\":[1]}", "{\"a\":1,\"a\":2}"}) {
      Map<String, String> headers = new WebhookSigner(secret, Clock.fixed(NOW, ZoneOffset.UTC))
          .headers(utf8(body));

      assertFails(headers, body, secret, Reason.INVALID_PAYLOAD,
          "Unable to verify incoming webhook: the body is not a JSON object with an object \"data\"");
    }
  }

  @Test
  void verifyWhenBodyHasNoDataThenDataIsEmpty() {
    String body = "{\"type\":\"ping\"}";
    Map<String, String> headers = new WebhookSigner(secret, Clock.fixed(NOW, ZoneOffset.UTC))
        .headers(utf8(body));

    WebhookEvent event = Webhooks.verify(headers, body, secret, Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(event.getData()).isEmpty();
    assertThat(event.getObject()).isNull();
    assertThat(event.getTimestamp()).isNull();
  }

  @Test
  void verifyWhenHeaderValueHasAnUnsupportedTypeThenRejectsTheArgument() {
    Map<String, Object> headers = new HashMap<>(signed);
    headers.put("svix-id", 42);

    assertThatThrownBy(() -> Webhooks.verify(headers, BODY, secret))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
  }

  @Test
  void failureMessagesNeverContainTheSecret() {
    String wrong = WebhookSigner.newSecret();
    Throwable thrown = catchThrowable(
        () -> Webhooks.verify(signed, BODY, wrong));

    assertThat(thrown).isInstanceOf(WebhookVerificationException.class);
    assertThat(thrown.getMessage()).doesNotContain(wrong.substring(6)).doesNotContain(secret);
  }
}
