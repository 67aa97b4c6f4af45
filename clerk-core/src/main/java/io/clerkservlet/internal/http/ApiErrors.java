package io.clerkservlet.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.ClerkApiError;
import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link ClerkApiException}s from answers and failures. */
public final class ApiErrors {
  private ApiErrors() {
  }

  /** The exception for a non-2xx answer; its message never contains the request's secrets. */
  static ClerkApiException fromResponse(RawResponse response) {
    List<ClerkApiError> errors = Collections.emptyList();
    String traceId = null;
    try {
      JsonNode body = response.body.length == 0 ? null : Json.parse(response.body);
      if (body != null && body.isObject()) {
        errors = parseErrors(body.get("errors"));
        JsonNode trace = body.get("clerk_trace_id");
        traceId = trace != null && trace.isTextual() ? trace.asText() : null;
      }
    } catch (IOException | RuntimeException ignored) {
      // A non-JSON error page (a proxy's HTML 502, say) still gives status and trace id.
    }
    if (traceId == null || traceId.isEmpty()) {
      traceId = response.cfRay;
    }
    String first = errors.isEmpty() ? "" : " (code=" + errors.get(0).getCode()
        + ", message=" + errors.get(0).getMessage() + ")";
    return new ClerkApiException("Clerk Backend API answered " + response.status + first,
        response.status, errors, traceId, parseRetryAfter(response.retryAfter), null);
  }

  /** The exception for a 2xx answer whose body is not the expected JSON. */
  public static ClerkApiException unreadable(int status, Exception cause) {
    String message = "Clerk Backend API answered " + status + " with a body that is not the expected JSON";
    return new ClerkApiException(message, status, Collections.singletonList(new ClerkApiError(
        ClerkApiException.CODE_UNEXPECTED_RESPONSE, message, null, null)), null, null, cause);
  }

  static ClerkApiException unreadable(RawResponse response, Exception cause) {
    return unreadable(response.status, cause);
  }

  /** The exception for a call that got no HTTP answer. */
  static ClerkApiException network(Exception cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String message = "Clerk Backend API could not be reached: " + detail;
    return new ClerkApiException(message, null, Collections.singletonList(new ClerkApiError(
        ClerkApiException.CODE_UNEXPECTED_ERROR, message, null, null)), null, null, cause);
  }

  /** The exception for a call cut off by its total deadline. */
  static ClerkApiException deadlinePassed(Duration callTimeout, Exception cause) {
    String message = "Clerk Backend API gave no complete answer within the call timeout of "
        + callTimeout.toMillis() + " ms";
    return new ClerkApiException(message, null, Collections.singletonList(new ClerkApiError(
        ClerkApiException.CODE_UNEXPECTED_ERROR, message, null, null)), null, null, cause);
  }

  /** The exception for a request-driven call refused because {@code limit} are already in flight. */
  static ClerkApiException overloaded(int limit) {
    String message = "Clerk Backend API call not sent: " + limit
        + " calls triggered by requests are already in flight";
    return new ClerkApiException(message, null, Collections.singletonList(new ClerkApiError(
        ClerkApiException.CODE_UNEXPECTED_ERROR, message, null, null)), null, null, null);
  }

  private static List<ClerkApiError> parseErrors(JsonNode array) {
    if (array == null || !array.isArray()) {
      return Collections.emptyList();
    }
    List<ClerkApiError> errors = new ArrayList<>();
    for (JsonNode e : array) {
      if (!e.isObject()) {
        continue;
      }
      Map<String, Object> meta = new LinkedHashMap<>();
      JsonNode metaNode = e.get("meta");
      if (metaNode != null && metaNode.isObject()) {
        meta.putAll(Json.mapper().convertValue(metaNode, Map.class));
      }
      errors.add(new ClerkApiError(text(e, "code"), text(e, "message"), text(e, "long_message"), meta));
    }
    return errors;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /**
   * {@code Retry-After} as delay-seconds (RFC 9110: digits only); null when absent or anything else
   * (an HTTP date, a sign, a fraction). A delay beyond {@code int} is clamped, so it still exceeds
   * the retry cap rather than looking absent.
   */
  private static Integer parseRetryAfter(String value) {
    String digits = value == null ? "" : value.trim();
    if (digits.isEmpty() || !digits.matches("[0-9]+")) {
      return null;
    }
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
