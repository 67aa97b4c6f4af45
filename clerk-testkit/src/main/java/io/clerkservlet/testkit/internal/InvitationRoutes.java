package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /v1/invitations}: create, list (bare array, newest first) and revoke. An invitation for
 * an address that already has a pending invitation or a user is refused unless
 * {@code ignore_existing} is true. Instance secret key only.
 */
public final class InvitationRoutes {
  private static final long DAY_MILLIS = 24L * 3600 * 1000;
  private static final List<String> STATUSES = Arrays.asList("pending", "accepted", "revoked", "expired");

  private final FakeState state;
  private final UserStore users;
  private final Map<String, Map<String, Object>> invitations = new LinkedHashMap<>();

  /** Creates the routes. */
  public InvitationRoutes(FakeState state, UserStore users) {
    this.state = state;
    this.users = users;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("POST", "/v1/invitations", this::create);
    router.add("GET", "/v1/invitations", this::list);
    router.add("POST", "/v1/invitations/{invitation_id}/revoke", this::revoke);
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("email_address", "public_metadata", "redirect_url", "notify",
        "ignore_existing", "expires_in_days", "template_slug");
    String email = FakeBodies.requiredText(body, "email_address");
    Long days = FakeBodies.number(body, "expires_in_days");
    if (days != null && (days < 1 || days > 365)) {
      throw FakeError.invalid("expires_in_days", "expires_in_days must be between 1 and 365.");
    }
    String template = FakeBodies.text(body, "template_slug");
    if (template != null && !template.equals("invitation") && !template.equals("waitlist_invitation")) {
      throw FakeError.invalid("template_slug", "template_slug must be invitation or waitlist_invitation.");
    }
    Map<String, Object> metadata = FakeBodies.object(body, "public_metadata");
    synchronized (state) {
      if (!Boolean.TRUE.equals(FakeBodies.bool(body, "ignore_existing"))) {
        requireNew(email);
      }
      long now = state.nowMillis();
      Map<String, Object> inv = new LinkedHashMap<>();
      inv.put("object", "invitation");
      inv.put("id", Ids.word27("inv_"));
      inv.put("email_address", email);
      inv.put("public_metadata", metadata == null ? new LinkedHashMap<String, Object>() : metadata);
      inv.put("revoked", false);
      inv.put("status", "pending");
      inv.put("expires_at", days == null ? null : now + days * DAY_MILLIS);
      inv.put("created_at", now);
      inv.put("updated_at", now);
      invitations.put((String) inv.get("id"), inv);
      return Reply.ok(FakeBodies.snapshot(inv));
    }
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    String status = request.query("status");
    if (status != null && !STATUSES.contains(status)) {
      throw FakeError.invalid("status", "status must be one of " + STATUSES + ".");
    }
    String query = request.query("query");
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Object> matching = new ArrayList<>();
      for (Map<String, Object> inv : invitations.values()) {
        expireIfDue(inv);
        String email = ((String) inv.get("email_address")).toLowerCase(Locale.ROOT);
        if ((status == null || status.equals(inv.get("status")))
            && (query == null || email.contains(query.toLowerCase(Locale.ROOT)))) {
          matching.add(inv);
        }
      }
      Collections.reverse(matching);
      return Reply.ok(FakeBodies.snapshot(Pages.slice(matching, offset, limit)));
    }
  }

  private Reply revoke(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> inv = invitations.get(request.pathParam("invitation_id"));
      if (inv == null) {
        throw FakeError.notFound("Invitation");
      }
      expireIfDue(inv);
      if (!"pending".equals(inv.get("status"))) {
        throw new FakeError(Reply.error(400, "invitation_not_pending", "invitation is not pending",
            "Only pending invitations can be revoked.", null));
      }
      inv.put("revoked", true);
      inv.put("status", "revoked");
      inv.put("updated_at", state.nowMillis());
      return Reply.ok(FakeBodies.snapshot(inv));
    }
  }

  private void requireNew(String email) {
    for (Map<String, Object> inv : invitations.values()) {
      if ("pending".equals(inv.get("status")) && email.equalsIgnoreCase((String) inv.get("email_address"))) {
        throw new FakeError(Reply.paramError(400, "duplicate_record", "email_address",
            "duplicate invitation", "There is already a pending invitation for this email address."));
      }
    }
    for (Map<String, Object> u : users.all()) {
      for (String address : users.emails(u)) {
        if (address.equalsIgnoreCase(email)) {
          throw new FakeError(Reply.paramError(422, "form_identifier_exists", "email_address",
              "is taken", "That email address is taken by an existing user."));
        }
      }
    }
  }

  private void expireIfDue(Map<String, Object> inv) {
    Long expires = (Long) inv.get("expires_at");
    if ("pending".equals(inv.get("status")) && expires != null && expires <= state.nowMillis()) {
      inv.put("status", "expired");
    }
  }
}
