package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code /v1/users}: list (bare array), count, get, create, update (no metadata since
 * 2026-05-12), delete, metadata merge, ban/unban, lock/unlock. Instance secret key only.
 */
public final class UserRoutes {
  private static final String[] CREATE_FIELDS = {"external_id", "first_name", "last_name", "locale",
      "email_address", "email_address_identification_status", "phone_number",
      "phone_number_identification_status", "web3_wallet", "username", "password", "password_digest",
      "password_hasher", "skip_password_checks", "skip_password_requirement", "totp_secret",
      "backup_codes", "public_metadata", "private_metadata", "unsafe_metadata", "delete_self_enabled",
      "legal_accepted_at", "skip_legal_checks", "skip_user_requirement", "create_organization_enabled",
      "create_organizations_limit", "created_at", "bypass_client_trust", "banned", "locked"};
  private static final String[] UPDATE_FIELDS = {"external_id", "first_name", "last_name", "locale",
      "primary_email_address_id", "notify_primary_email_address_changed", "primary_phone_number_id",
      "primary_web3_wallet_id", "username", "profile_image_id", "password", "password_digest",
      "password_hasher", "skip_password_checks", "sign_out_of_other_sessions", "totp_secret",
      "backup_codes", "delete_self_enabled", "create_organization_enabled", "legal_accepted_at",
      "skip_legal_checks", "create_organizations_limit", "created_at", "bypass_client_trust"};
  private static final String[] METADATA = {"public_metadata", "private_metadata", "unsafe_metadata"};

  private final FakeState state;
  private final UserStore users;
  private final Consumer<String> signOutUser;
  private final Consumer<String> forgetUser;

  /** Creates the routes; the callbacks revoke a user's sessions and drop its memberships. */
  public UserRoutes(FakeState state, UserStore users, Consumer<String> signOutUser,
      Consumer<String> forgetUser) {
    this.state = state;
    this.users = users;
    this.signOutUser = signOutUser;
    this.forgetUser = forgetUser;
  }

  /** Registers the routes ({@code /count} before {@code /{user_id}}). */
  public void register(Router router) {
    router.add("GET", "/v1/users/count", this::count);
    router.add("GET", "/v1/users", this::list);
    router.add("POST", "/v1/users", this::create);
    router.add("GET", "/v1/users/{user_id}", r -> withUser(r, u -> { }));
    router.add("PATCH", "/v1/users/{user_id}", this::update);
    router.add("DELETE", "/v1/users/{user_id}", this::delete);
    router.add("PATCH", "/v1/users/{user_id}/metadata", this::mergeMetadata);
    router.add("POST", "/v1/users/{user_id}/ban", r -> withUser(r, u -> ban(u, true)));
    router.add("POST", "/v1/users/{user_id}/unban", r -> withUser(r, u -> ban(u, false)));
    router.add("POST", "/v1/users/{user_id}/lock", r -> withUser(r, u -> u.put("locked", true)));
    router.add("POST", "/v1/users/{user_id}/unlock", r -> withUser(r, u -> u.put("locked", false)));
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Map<String, Object>> matching = matching(request);
      sort(matching, request.query("order_by"));
      return Reply.ok(FakeBodies.snapshot(Pages.slice(matching, offset, limit)));
    }
  }

  private Reply count(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("object", "total_count");
      body.put("total_count", matching(request).size());
      return Reply.ok(body);
    }
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody(CREATE_FIELDS);
    synchronized (state) {
      return Reply.ok(FakeBodies.snapshot(users.create(body)));
    }
  }

  private Reply update(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody(UPDATE_FIELDS);
    return withUser(request, u -> {
      for (String field : new String[] {"external_id", "first_name", "last_name", "locale"}) {
        if (FakeBodies.text(body, field) != null) {
          u.put(field, FakeBodies.text(body, field));
        }
      }
      String username = FakeBodies.text(body, "username");
      if (username != null) {
        users.requireFreeUsername(username, (String) u.get("id"));
        u.put("username", username);
      }
      String primary = FakeBodies.text(body, "primary_email_address_id");
      if (primary != null) {
        requireOwnEmail(u, primary);
        u.put("primary_email_address_id", primary);
      }
      if (FakeBodies.text(body, "password") != null) {
        u.put("password_enabled", true);
      }
    });
  }

  private Reply delete(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      String id = request.pathParam("user_id");
      users.remove(id);
      signOutUser.accept(id);
      forgetUser.accept(id);
      return Reply.ok(FakeBodies.deleted("user", id, null));
    }
  }

  private Reply mergeMetadata(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody(METADATA);
    return withUser(request, u -> {
      for (String field : METADATA) {
        Map<String, Object> patch = FakeBodies.object(body, field);
        if (patch != null) {
          @SuppressWarnings("unchecked")
          Map<String, Object> target = (Map<String, Object>) u.get(field);
          FakeBodies.deepMerge(target, patch);
        }
      }
    });
  }

  private void ban(Map<String, Object> user, boolean banned) {
    user.put("banned", banned);
    if (banned) {
      signOutUser.accept((String) user.get("id"));
    }
  }

  private Reply withUser(FakeRequest request, Consumer<Map<String, Object>> change) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> user = users.get(request.pathParam("user_id"));
      if (!request.method().equals("GET")) {
        change.accept(user);
        user.put("updated_at", state.nowMillis());
      }
      return Reply.ok(FakeBodies.snapshot(user));
    }
  }

  @SuppressWarnings("unchecked")
  private static void requireOwnEmail(Map<String, Object> user, String emailId) {
    for (Object e : (List<Object>) user.get("email_addresses")) {
      if (emailId.equals(((Map<String, Object>) e).get("id"))) {
        return;
      }
    }
    throw FakeError.invalid("primary_email_address_id", "No email address with that id on this user.");
  }

  private List<Map<String, Object>> matching(FakeRequest request) {
    List<String> emails = lower(request.queryAll("email_address"));
    String query = request.query("query");
    String banned = request.query("banned");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> u : users.all()) {
      boolean ok = (emails.isEmpty() || !Collections.disjoint(emails, lower(users.emails(u))))
          && signed(request.queryAll("user_id"), (String) u.get("id"))
          && signed(request.queryAll("external_id"), (String) u.get("external_id"))
          && (banned == null || Boolean.valueOf(banned).equals(u.get("banned")))
          && (query == null || matchesQuery(u, query.toLowerCase(Locale.ROOT)));
      if (ok) {
        out.add(u);
      }
    }
    return out;
  }

  /** Clerk's {@code +id}/{@code -id} filters: included ids (if any) must match, excluded must not. */
  private static boolean signed(List<String> filters, String value) {
    boolean anyInclude = false;
    boolean included = false;
    for (String f : filters) {
      if (f.startsWith("-")) {
        if (f.substring(1).equals(value)) {
          return false;
        }
      } else {
        anyInclude = true;
        included |= (f.startsWith("+") ? f.substring(1) : f).equals(value);
      }
    }
    return !anyInclude || included;
  }

  private boolean matchesQuery(Map<String, Object> u, String query) {
    List<String> haystack = lower(users.emails(u));
    for (String field : new String[] {"id", "username", "first_name", "last_name", "external_id"}) {
      if (u.get(field) != null) {
        haystack.add(String.valueOf(u.get(field)).toLowerCase(Locale.ROOT));
      }
    }
    for (String s : haystack) {
      if (s.contains(query)) {
        return true;
      }
    }
    return false;
  }

  private void sort(List<Map<String, Object>> list, String orderBy) {
    String spec = orderBy == null ? "-created_at" : orderBy;
    boolean descending = spec.startsWith("-");
    String field = spec.replaceFirst("^[+-]", "");
    if (!field.matches("created_at|updated_at|email_address|web3wallet|first_name|last_name"
        + "|phone_number|username|last_active_at|last_sign_in_at")) {
      throw FakeError.invalid("order_by", "order_by is not a supported ordering.");
    }
    Comparator<Map<String, Object>> byField = Comparator.comparing(
        u -> sortKey(u, field), Comparator.nullsLast(Comparator.<String>naturalOrder()));
    list.sort(byField);
    if (descending) {
      Collections.reverse(list);
    }
  }

  private String sortKey(Map<String, Object> user, String field) {
    Object value = field.equals("email_address") ? users.primaryEmail(user) : user.get(field);
    if (value instanceof Long) {
      return String.format("%020d", (Long) value);
    }
    return value == null ? null : String.valueOf(value).toLowerCase(Locale.ROOT);
  }

  private static List<String> lower(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
