package io.clerkservlet.internal.machine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the answers of the machine-token verify endpoints into {@link MachineVerification}. */
final class MachineJson {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<Map<String, Object>>() {
  };

  private MachineJson() {
  }

  static MachineVerification read(TokenType type, JsonNode node) {
    if (node == null || !node.isObject() || text(node, "id") == null || text(node, "subject") == null) {
      throw new IllegalArgumentException("verify answer lacks id or subject");
    }
    JsonNode expiration = node.get("expiration");
    Long expiresAt = expiration != null && expiration.isNumber() ? expiration.asLong() : null;
    return new MachineVerification(type, text(node, "id"), text(node, "subject"), strings(node.get("scopes")),
        claims(node.get("claims")), text(node, "name"), text(node, "client_id"), expiresAt, null,
        type == TokenType.OAUTH_TOKEN ? audience(node) : null);
  }

  /** Why Clerk's 200 answer still does not authenticate: revoked, expired or inactive; else null. */
  static String unusable(TokenType type, JsonNode node) {
    String what = type == TokenType.API_KEY ? "API key" : type == TokenType.M2M_TOKEN ? "Machine token" : "OAuth token";
    if (bool(node, "revoked")) {
      return what + " has been revoked";
    }
    if (bool(node, "expired")) {
      return what + " has expired";
    }
    JsonNode active = node.get("active");
    if (active != null && active.isBoolean() && !active.asBoolean()) {
      return what + " is not active";
    }
    return null;
  }

  /** The {@code aud} of an OAuth verify answer: a string, a list, or null when absent. */
  private static Object audience(JsonNode node) {
    JsonNode aud = node.get("aud");
    if (aud == null || aud.isNull()) {
      return null;
    }
    return aud.isTextual() ? aud.asText() : Json.mapper().convertValue(aud, Object.class);
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isBoolean() && value.asBoolean();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode item : array) {
        if (item.isTextual()) {
          out.add(item.asText());
        }
      }
    }
    return out;
  }

  private static Map<String, Object> claims(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    return Json.mapper().convertValue(node, MAP);
  }
}
