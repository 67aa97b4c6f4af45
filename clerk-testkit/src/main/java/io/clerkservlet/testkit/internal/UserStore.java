package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's users, as Clerk's {@code User} schema (every required field present). Callers lock
 * the shared {@link FakeState} around every use.
 */
public final class UserStore {
  private final FakeState state;
  private final Map<String, Map<String, Object>> users = new LinkedHashMap<>();

  /** Creates an empty store. */
  public UserStore(FakeState state) {
    this.state = state;
  }

  /** Every user, oldest first (live objects). */
  public Collection<Map<String, Object>> all() {
    return users.values();
  }

  /** A user by id, or a 404. */
  public Map<String, Object> get(String id) {
    Map<String, Object> user = users.get(id);
    if (user == null) {
      throw FakeError.notFound("User");
    }
    return user;
  }

  /** Removes a user, or a 404. */
  public Map<String, Object> remove(String id) {
    Map<String, Object> user = get(id);
    users.remove(id);
    return user;
  }

  /** Creates a user from a {@code POST /users} body (already checked for unknown fields). */
  public Map<String, Object> create(JsonNode body) {
    long now = state.nowMillis();
    List<Object> emails = new ArrayList<>();
    for (String address : FakeBodies.texts(body, "email_address")) {
      requireFreeEmail(address);
      emails.add(identification("email_address", address, now));
    }
    List<Object> phones = new ArrayList<>();
    for (String number : FakeBodies.texts(body, "phone_number")) {
      phones.add(identification("phone_number", number, now));
    }
    String username = FakeBodies.text(body, "username");
    requireFreeUsername(username, null);
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("id", Ids.word27("user_"));
    u.put("object", "user");
    u.put("username", username);
    u.put("first_name", FakeBodies.text(body, "first_name"));
    u.put("last_name", FakeBodies.text(body, "last_name"));
    u.put("image_url", "https://img.clerk.com/fake-default-avatar");
    u.put("has_image", false);
    u.put("primary_email_address_id", emails.isEmpty() ? null : idOf(emails.get(0)));
    u.put("primary_phone_number_id", phones.isEmpty() ? null : idOf(phones.get(0)));
    u.put("primary_web3_wallet_id", null);
    u.put("password_enabled", FakeBodies.text(body, "password") != null);
    u.put("two_factor_enabled", false);
    u.put("totp_enabled", false);
    u.put("backup_code_enabled", false);
    u.put("email_addresses", emails);
    u.put("phone_numbers", phones);
    u.put("web3_wallets", new ArrayList<>());
    u.put("passkeys", new ArrayList<>());
    u.put("external_accounts", new ArrayList<>());
    u.put("saml_accounts", new ArrayList<>());
    u.put("enterprise_accounts", new ArrayList<>());
    u.put("public_metadata", metadata(body, "public_metadata"));
    u.put("private_metadata", metadata(body, "private_metadata"));
    u.put("unsafe_metadata", metadata(body, "unsafe_metadata"));
    u.put("external_id", FakeBodies.text(body, "external_id"));
    u.put("last_sign_in_at", null);
    u.put("banned", Boolean.TRUE.equals(FakeBodies.bool(body, "banned")));
    u.put("locked", Boolean.TRUE.equals(FakeBodies.bool(body, "locked")));
    u.put("lockout_expires_in_seconds", null);
    u.put("verification_attempts_remaining", null);
    u.put("created_at", now);
    u.put("updated_at", now);
    u.put("delete_self_enabled", true);
    u.put("create_organization_enabled", true);
    u.put("last_active_at", null);
    u.put("mfa_enabled_at", null);
    u.put("mfa_disabled_at", null);
    u.put("legal_accepted_at", null);
    users.put((String) u.get("id"), u);
    return u;
  }

  /** The first email address of a user that is its primary one, or null. */
  @SuppressWarnings("unchecked")
  public String primaryEmail(Map<String, Object> user) {
    for (Object e : (List<Object>) user.get("email_addresses")) {
      Map<String, Object> email = (Map<String, Object>) e;
      if (email.get("id").equals(user.get("primary_email_address_id"))) {
        return (String) email.get("email_address");
      }
    }
    return null;
  }

  /** Every email address of a user. */
  @SuppressWarnings("unchecked")
  public List<String> emails(Map<String, Object> user) {
    List<String> out = new ArrayList<>();
    for (Object e : (List<Object>) user.get("email_addresses")) {
      out.add((String) ((Map<String, Object>) e).get("email_address"));
    }
    return out;
  }

  /** Fails with 422 {@code form_identifier_exists} when another user has the username. */
  public void requireFreeUsername(String username, String exceptUserId) {
    for (Map<String, Object> u : users.values()) {
      if (username != null && username.equalsIgnoreCase((String) u.get("username"))
          && !u.get("id").equals(exceptUserId)) {
        throw identifierExists("username", "That username is taken. Please try another.");
      }
    }
  }

  private void requireFreeEmail(String address) {
    for (Map<String, Object> u : users.values()) {
      for (String other : emails(u)) {
        if (other.equalsIgnoreCase(address)) {
          throw identifierExists("email_address",
              "That email address is taken. Please try another.");
        }
      }
    }
  }

  private static FakeError identifierExists(String param, String message) {
    return new FakeError(Reply.paramError(422, "form_identifier_exists", param, message, message));
  }

  private static Map<String, Object> metadata(JsonNode body, String field) {
    Map<String, Object> value = FakeBodies.object(body, field);
    return value == null ? new LinkedHashMap<String, Object>() : value;
  }

  @SuppressWarnings("unchecked")
  private static String idOf(Object identification) {
    return (String) ((Map<String, Object>) identification).get("id");
  }

  private static Map<String, Object> identification(String object, String value, long now) {
    Map<String, Object> verification = new LinkedHashMap<>();
    verification.put("object", "verification_admin");
    verification.put("status", "verified");
    verification.put("strategy", "admin");
    verification.put("attempts", null);
    verification.put("expire_at", null);
    Map<String, Object> id = new LinkedHashMap<>();
    id.put("id", Ids.word27("idn_"));
    id.put("object", object);
    id.put(object, value);
    if (object.equals("phone_number")) {
      id.put("reserved_for_second_factor", false);
      id.put("default_second_factor", false);
    }
    id.put("reserved", false);
    id.put("verification", verification);
    id.put("linked_to", new ArrayList<>());
    id.put("created_at", now);
    id.put("updated_at", now);
    return id;
  }
}
