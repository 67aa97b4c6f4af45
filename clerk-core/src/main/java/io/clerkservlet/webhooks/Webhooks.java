package io.clerkservlet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.internal.json.Json;
import io.clerkservlet.webhooks.WebhookVerificationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Clerk webhooks as {@code verifyWebhook} of {@code @clerk/backend} does (Svix / Standard
 * Webhooks scheme): HMAC-SHA256 over {@code "<svix-id>.<svix-timestamp>.<body>"} with the base64 key
 * after {@code whsec_}, compared in constant time with each {@code v1,<base64>} entry of the
 * space-separated {@code svix-signature} header; the timestamp must be within five minutes of now.
 *
 * <p>Headers are looked up case-insensitively. A header value may be a {@code String} or a
 * {@code Collection<String>} (as servlet, JDK and Spring header maps give); for {@code svix-signature}
 * every value is a candidate, for the other headers the first value counts.
 *
 * <pre>{@code
 * WebhookEvent event = Webhooks.verify(headers, body, System.getenv("CLERK_WEBHOOK_SIGNING_SECRET"));
 * if ("user.created".equals(event.getType())) { ... }
 * }</pre>
 */
public final class Webhooks {
  /** The message id header. */
  public static final String ID_HEADER = "svix-id";
  /** The timestamp header (epoch seconds). */
  public static final String TIMESTAMP_HEADER = "svix-timestamp";
  /** The signature header. */
  public static final String SIGNATURE_HEADER = "svix-signature";
  /** How far, in seconds, the timestamp may be from now in either direction. */
  public static final long TOLERANCE_SECONDS = 5 * 60;

  private static final String SECRET_PREFIX = "whsec_";
  private static final String PREFIX = "Unable to verify incoming webhook: ";

  private Webhooks() {
  }

  /** Verifies a UTF-8 body against the system clock; see {@link #verify(Map, byte[], String, Clock)}. */
  public static WebhookEvent verify(Map<String, ?> headers, String body, String signingSecret) {
    return verify(headers, utf8(body), signingSecret, Clock.systemUTC());
  }

  /** Verifies a UTF-8 body against {@code clock}; see {@link #verify(Map, byte[], String, Clock)}. */
  public static WebhookEvent verify(Map<String, ?> headers, String body, String signingSecret,
      Clock clock) {
    return verify(headers, utf8(body), signingSecret, clock);
  }

  /** Verifies the raw body against the system clock; see {@link #verify(Map, byte[], String, Clock)}. */
  public static WebhookEvent verify(Map<String, ?> headers, byte[] body, String signingSecret) {
    return verify(headers, body, signingSecret, Clock.systemUTC());
  }

  /**
   * Verifies a webhook and parses its event.
   *
   * @param headers the request headers (values {@code String} or {@code Collection<String>})
   * @param body the raw request body, exactly as received
   * @param signingSecret the endpoint's signing secret, {@code whsec_…}
   * @param clock the clock the timestamp is checked against
   * @throws WebhookVerificationException when the secret or a header is missing, the secret is
   *     malformed, the timestamp is invalid or outside the tolerance, no signature matches, or the
   *     body is not a JSON object
   */
  public static WebhookEvent verify(Map<String, ?> headers, byte[] body, String signingSecret,
      Clock clock) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(clock, "clock");
    if (signingSecret == null || signingSecret.isEmpty()) {
      throw new WebhookVerificationException(Reason.MISSING_SECRET, "Missing webhook signing "
          + "secret. Set the CLERK_WEBHOOK_SIGNING_SECRET environment variable with the webhook "
          + "secret from the Clerk Dashboard.");
    }
    String id = first(headers, ID_HEADER);
    String timestamp = first(headers, TIMESTAMP_HEADER);
    List<String> signatures = all(headers, SIGNATURE_HEADER);
    requireHeaders(id, timestamp, signatures);
    byte[] key = decodeSecret(signingSecret);
    long seconds = checkTimestamp(timestamp, clock.instant().getEpochSecond());
    byte[] expected = utf8(sign(key, id, seconds, body));
    if (!anyMatches(signatures, expected)) {
      throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE,
          PREFIX + "No matching signature found");
    }
    return parse(body, id, seconds);
  }

  private static void requireHeaders(String id, String timestamp, List<String> signatures) {
    List<String> missing = new ArrayList<>();
    if (id == null) {
      missing.add(ID_HEADER);
    }
    if (timestamp == null) {
      missing.add(TIMESTAMP_HEADER);
    }
    if (signatures.isEmpty()) {
      missing.add(SIGNATURE_HEADER);
    }
    if (!missing.isEmpty()) {
      throw new WebhookVerificationException(Reason.MISSING_HEADERS,
          "Missing required webhook headers: " + String.join(", ", missing));
    }
  }

  private static byte[] decodeSecret(String secret) {
    String base64 = secret.startsWith(SECRET_PREFIX)
        ? secret.substring(SECRET_PREFIX.length()) : secret;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length == 0) {
      throw new WebhookVerificationException(Reason.INVALID_SECRET,
          "Invalid webhook signing secret: expected whsec_ followed by base64.");
    }
    return key;
  }

  private static long checkTimestamp(String header, long now) {
    if (!header.matches("[0-9]{1,15}")) {
      throw new WebhookVerificationException(Reason.INVALID_TIMESTAMP,
          PREFIX + "Invalid Signature Headers");
    }
    long timestamp = Long.parseLong(header);
    if (now - timestamp > TOLERANCE_SECONDS) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD,
          PREFIX + "Message timestamp too old");
    }
    if (timestamp > now + TOLERANCE_SECONDS) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_NEW,
          PREFIX + "Message timestamp too new");
    }
    return timestamp;
  }

  /** Base64 HMAC-SHA256 of {@code id.timestamp.body}; the timestamp as a plain decimal number. */
  private static String sign(byte[] key, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(utf8(id + "." + timestamp + "."));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HmacSHA256", e);
    }
  }

  /** Any {@code v1,<sig>} entry equal to the expected signature (constant-time per entry). */
  private static boolean anyMatches(List<String> headerValues, byte[] expected) {
    boolean matched = false;
    for (String value : headerValues) {
      for (String entry : value.split(" ")) {
        String[] parts = entry.split(",", -1);
        if (parts.length >= 2 && parts[0].equals("v1")) {
          matched |= MessageDigest.isEqual(utf8(parts[1]), expected);
        }
      }
    }
    return matched;
  }

  private static WebhookEvent parse(byte[] body, String id, long timestamp) {
    Map<String, Object> map = null;
    try {
      JsonNode node = Json.parse(body);
      JsonNode data = node.get("data");
      if (node.isObject() && (data == null || data.isNull() || data.isObject())) {
        map = Json.mapper().convertValue(node, Json.mapper().getTypeFactory()
            .constructMapType(Map.class, String.class, Object.class));
      }
    } catch (IOException | IllegalArgumentException e) {
      map = null;
    }
    if (map == null) {
      throw new WebhookVerificationException(Reason.INVALID_PAYLOAD,
          PREFIX + "the body is not a JSON object with an object \"data\"");
    }
    return new WebhookEvent(map, id, timestamp, new String(body, StandardCharsets.UTF_8));
  }

  /** The first non-blank value of a header (trimmed), or null. */
  private static String first(Map<String, ?> headers, String name) {
    List<String> values = all(headers, name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every non-blank value of a header (trimmed), matching the name case-insensitively. */
  private static List<String> all(Map<String, ?> headers, String name) {
    List<String> out = new ArrayList<>();
    if (headers == null) {
      return out;
    }
    for (Map.Entry<String, ?> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        addValues(out, e.getValue());
      }
    }
    return out;
  }

  private static void addValues(List<String> out, Object value) {
    if (value instanceof Collection) {
      for (Object item : (Collection<?>) value) {
        addValues(out, item);
      }
    } else if (value instanceof String && !((String) value).trim().isEmpty()) {
      out.add(((String) value).trim());
    } else if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException("header " + value.getClass().getName()
          + " values are not supported; use String or Collection<String>");
    }
  }

  private static byte[] utf8(String text) {
    Objects.requireNonNull(text, "body");
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
