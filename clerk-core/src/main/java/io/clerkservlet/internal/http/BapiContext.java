package io.clerkservlet.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every resource API needs: the transport and the keys of one Clerk instance, plus helpers
 * to read answers into models. Internal: obtain the resource APIs from {@code ClerkClient}.
 */
public final class BapiContext {
  /** The message of {@code @clerk/backend} when a call needs the instance secret key. */
  public static final String MISSING_SECRET_KEY =
      "Missing Clerk Secret Key. Go to https://dashboard.clerk.com and get your key for your instance.";

  private final BapiTransport transport;
  private final String secretKey;
  private final String machineSecretKey;
  private final CallKind kind;

  /** Creates the context of the application's own calls; keys may be null. */
  public BapiContext(BapiTransport transport, String secretKey, String machineSecretKey) {
    this(transport, secretKey, machineSecretKey, CallKind.ADMIN);
  }

  private BapiContext(BapiTransport transport, String secretKey, String machineSecretKey, CallKind kind) {
    this.transport = transport;
    this.secretKey = secretKey;
    this.machineSecretKey = machineSecretKey;
    this.kind = kind;
  }

  /**
   * The same keys for calls that request input triggers (handshake payload, session refresh): never
   * retried and bounded in concurrency ({@link CallKind#REQUEST_DRIVEN}).
   */
  public BapiContext forRequestInput() {
    return new BapiContext(transport, secretKey, machineSecretKey, CallKind.REQUEST_DRIVEN);
  }

  /** The transport. */
  public BapiTransport transport() {
    return transport;
  }

  /** The instance secret key, or null. */
  public String secretKey() {
    return secretKey;
  }

  /** The machine secret key, or null. */
  public String machineSecretKey() {
    return machineSecretKey;
  }

  /** The instance secret key; throws {@link IllegalStateException} when none is configured. */
  public String requireSecretKey() {
    if (secretKey == null) {
      throw new IllegalStateException(MISSING_SECRET_KEY);
    }
    return secretKey;
  }

  /**
   * The bearer for M2M token calls: the per-call machine key, else the client's machine key, else
   * the instance secret key, else null (Clerk then answers 401).
   */
  public String machineBearer(String perCallMachineSecretKey) {
    if (perCallMachineSecretKey != null) {
      return perCallMachineSecretKey;
    }
    return machineSecretKey != null ? machineSecretKey : secretKey;
  }

  /** Sends the call with the instance secret key as bearer and maps the answer to {@code type}. */
  public <T> T call(BapiRequest request, Class<T> type) {
    return read(transport.execute(request.bearer(requireSecretKey()), kind), type);
  }

  /** Sends the call as is (bearer already chosen) and maps the answer to {@code type}. */
  public <T> T callWithBearer(BapiRequest request, Class<T> type) {
    return read(transport.execute(request, kind), type);
  }

  /** Sends a list call with the instance secret key and reads any of Clerk's list shapes. */
  public <T> PaginatedResourceResponse<T> list(BapiRequest request, Class<T> type) {
    return readPage(transport.execute(request.bearer(requireSecretKey()), kind), type);
  }

  /** Sends a list call as is (bearer already chosen) and reads any of Clerk's list shapes. */
  public <T> PaginatedResourceResponse<T> listWithBearer(BapiRequest request, Class<T> type) {
    return readPage(transport.execute(request, kind), type);
  }

  /** Maps one JSON object to a model. */
  public static <T> T read(JsonNode node, Class<T> type) {
    try {
      return Json.convert(node, type);
    } catch (IOException | RuntimeException e) {
      throw ApiErrors.unreadable(200, e);
    }
  }

  /**
   * Reads a bare array, {@code {data, total_count}} or {@code {<plural>, total_count}} (such as
   * {@code m2m_tokens}) into one page.
   */
  public static <T> PaginatedResourceResponse<T> readPage(JsonNode node, Class<T> type) {
    JsonNode items = node;
    Long total = null;
    if (node != null && node.isObject()) {
      items = node.has("data") ? node.get("data") : firstArray(node);
      JsonNode count = node.get("total_count");
      total = count != null && count.canConvertToLong() ? count.asLong() : null;
    }
    if (items == null || !items.isArray()) {
      throw ApiErrors.unreadable(200, new IOException("expected a list answer"));
    }
    List<T> data = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      data.add(read(item, type));
    }
    return new PaginatedResourceResponse<>(data, total == null ? data.size() : total);
  }

  private static JsonNode firstArray(JsonNode node) {
    for (JsonNode value : node) {
      if (value.isArray()) {
        return value;
      }
    }
    return null;
  }
}
