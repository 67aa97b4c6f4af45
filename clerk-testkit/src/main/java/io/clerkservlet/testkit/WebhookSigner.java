package io.clerkservlet.testkit;

import io.clerkservlet.testkit.internal.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies as Clerk's webhook sender (Svix) does, for tests and demos: the three headers
 * {@code svix-id}, {@code svix-timestamp} and {@code svix-signature} ({@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}). The secret is never part of any output.
 *
 * <pre>{@code
 * WebhookSigner signer = new WebhookSigner(WebhookSigner.newSecret());
 * Map<String, String> headers = signer.headers("{\"type\":\"user.created\",\"data\":{}}");
 * }</pre>
 */
public final class WebhookSigner {
  /** The message id header. */
  public static final String ID_HEADER = "svix-id";
  /** The timestamp header (epoch seconds). */
  public static final String TIMESTAMP_HEADER = "svix-timestamp";
  /** The signature header. */
  public static final String SIGNATURE_HEADER = "svix-signature";

  private static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final Clock clock;

  /** A signer for {@code whsec_<base64>} (the prefix is optional) using the system clock. */
  public WebhookSigner(String signingSecret) {
    this(signingSecret, Clock.systemUTC());
  }

  /** A signer whose timestamps come from {@code clock}. */
  public WebhookSigner(String signingSecret, Clock clock) {
    Objects.requireNonNull(signingSecret, "signingSecret");
    String base64 = signingSecret.startsWith(PREFIX)
        ? signingSecret.substring(PREFIX.length()) : signingSecret;
    this.key = new SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A fresh random signing secret: {@code whsec_} + base64 of 24 random bytes. */
  public static String newSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getEncoder().encodeToString(bytes);
  }

  /** Headers for a UTF-8 body, with a fresh {@code msg_…} id and the clock's current second. */
  public Map<String, String> headers(String body) {
    return headers(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Headers for a body, with a fresh {@code msg_…} id and the clock's current second. */
  public Map<String, String> headers(byte[] body) {
    return headers(Ids.word27("msg_"), clock.instant().getEpochSecond(), body);
  }

  /** Headers for a body with a chosen message id and timestamp (epoch seconds). */
  public Map<String, String> headers(String messageId, long timestampSeconds, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ID_HEADER, messageId);
    headers.put(TIMESTAMP_HEADER, Long.toString(timestampSeconds));
    headers.put(SIGNATURE_HEADER, signature(messageId, timestampSeconds, body));
    return headers;
  }

  /** One signature entry, {@code v1,<base64>}, over {@code messageId.timestamp.body}. */
  public String signature(String messageId, long timestampSeconds, byte[] body) {
    byte[] prefix = (messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(prefix);
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HmacSHA256", e);
    }
  }
}
