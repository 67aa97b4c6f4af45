package io.clerkservlet.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verified Clerk webhook event, for example {@code user.created}. The fields are read from the
 * JSON body as sent; {@link #getRawJson()} keeps the exact body for anything not mapped here.
 * Immutable: maps and lists are unmodifiable all the way down.
 */
public final class WebhookEvent {
  private final String type;
  private final String object;
  private final Map<String, Object> data;
  private final Long timestamp;
  private final String instanceId;
  private final Map<String, Object> eventAttributes;
  private final String webhookId;
  private final long webhookTimestamp;
  private final String rawJson;

  WebhookEvent(Map<String, Object> body, String webhookId, long webhookTimestamp, String rawJson) {
    this.type = text(body.get("type"));
    this.object = text(body.get("object"));
    this.data = map(body.get("data"));
    this.timestamp = body.get("timestamp") instanceof Number
        ? ((Number) body.get("timestamp")).longValue() : null;
    this.instanceId = text(body.get("instance_id"));
    this.eventAttributes = map(body.get("event_attributes"));
    this.webhookId = webhookId;
    this.webhookTimestamp = webhookTimestamp;
    this.rawJson = rawJson;
  }

  /** The event type, for example {@code user.created}; null if the body has none. */
  public String getType() {
    return type;
  }

  /** The body's {@code object} as sent ({@code event} for Clerk events); null if absent. */
  public String getObject() {
    return object;
  }

  /** The body's {@code data} (the resource, snake_case keys as sent); empty if absent. */
  public Map<String, Object> getData() {
    return data;
  }

  /** The body's {@code timestamp} (epoch milliseconds, as Clerk sends it); null if absent. */
  public Long getTimestamp() {
    return timestamp;
  }

  /** The body's {@code instance_id}; null if absent. */
  public String getInstanceId() {
    return instanceId;
  }

  /** The body's {@code event_attributes} (for example {@code http_request}); empty if absent. */
  public Map<String, Object> getEventAttributes() {
    return eventAttributes;
  }

  /** The {@code svix-id} header: the message id, stable across retries (use it to deduplicate). */
  public String getWebhookId() {
    return webhookId;
  }

  /** The {@code svix-timestamp} header, in epoch seconds. */
  public long getWebhookTimestamp() {
    return webhookTimestamp;
  }

  /** The verified body, exactly as received (decoded as UTF-8). */
  public String getRawJson() {
    return rawJson;
  }

  @Override
  public String toString() {
    return "WebhookEvent{type=" + type + ", webhookId=" + webhookId + ", webhookTimestamp="
        + webhookTimestamp + "}";
  }

  private static String text(Object value) {
    return value instanceof String ? (String) value : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map
        ? (Map<String, Object>) frozen(value) : Collections.<String, Object>emptyMap();
  }

  /** A deep unmodifiable copy of a parsed JSON value. */
  @SuppressWarnings("unchecked")
  static Object frozen(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        copy.put(e.getKey(), frozen(e.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        copy.add(frozen(item));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
