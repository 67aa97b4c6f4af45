package io.clerkservlet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the {@code errors} array of a Clerk Backend API error answer.
 *
 * <p>{@code meta} holds the error's extra fields with Clerk's snake_case keys (for example
 * {@code param_name}).
 */
public final class ClerkApiError {
  private final String code;
  private final String message;
  private final String longMessage;
  private final Map<String, Object> meta;

  /** Creates an error entry; {@code meta} may be null. */
  public ClerkApiError(String code, String message, String longMessage, Map<String, Object> meta) {
    this.code = code;
    this.message = message;
    this.longMessage = longMessage;
    this.meta = meta == null
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** The machine-readable code, for example {@code resource_not_found}. */
  public String getCode() {
    return code;
  }

  /** The short human-readable message. */
  public String getMessage() {
    return message;
  }

  /** The long human-readable message, or null. */
  public String getLongMessage() {
    return longMessage;
  }

  /** Extra fields keyed as Clerk sends them (for example {@code param_name}); never null. */
  public Map<String, Object> getMeta() {
    return meta;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClerkApiError)) {
      return false;
    }
    ClerkApiError that = (ClerkApiError) o;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(longMessage, that.longMessage)
        && meta.equals(that.meta);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, longMessage, meta);
  }

  @Override
  public String toString() {
    return "ClerkApiError{code=" + code + ", message=" + message + "}";
  }
}
