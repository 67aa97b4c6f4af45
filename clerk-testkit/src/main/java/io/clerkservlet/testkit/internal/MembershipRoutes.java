package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/organizations/{id}/memberships}: list ({@code {data, total_count}}), create, update
 * the role, delete (answers the removed membership). Instance secret key only.
 */
public final class MembershipRoutes {
  private static final String BASE = "/v1/organizations/{organization_id}/memberships";

  private final FakeState state;
  private final OrganizationStore organizations;

  /** Creates the routes. */
  public MembershipRoutes(FakeState state, OrganizationStore organizations) {
    this.state = state;
    this.organizations = organizations;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", BASE, this::list);
    router.add("POST", BASE, this::create);
    router.add("PATCH", BASE + "/{user_id}", this::update);
    router.add("DELETE", BASE + "/{user_id}", this::delete);
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    List<String> userIds = request.queryAll("user_id");
    List<String> roles = request.queryAll("role");
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Object> matching = new ArrayList<>();
      for (Map<String, Object> m : organizations.memberships(request.pathParam("organization_id"))) {
        if ((userIds.isEmpty() || userIds.contains(m.get("__user_id")))
            && (roles.isEmpty() || roles.contains(m.get("role")))) {
          matching.add(organizations.membershipView(m));
        }
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("data", FakeBodies.snapshot(Pages.slice(matching, offset, limit)));
      body.put("total_count", matching.size());
      return Reply.ok(body);
    }
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = FakeBodies.lenient(request);
    String userId = FakeBodies.requiredText(body, "user_id");
    String role = FakeBodies.requiredText(body, "role");
    synchronized (state) {
      Map<String, Object> m = organizations.addMembership(request.pathParam("organization_id"),
          userId, role);
      Map<String, Object> pub = FakeBodies.object(body, "public_metadata");
      Map<String, Object> priv = FakeBodies.object(body, "private_metadata");
      m.put("public_metadata", pub == null ? m.get("public_metadata") : pub);
      m.put("private_metadata", priv == null ? m.get("private_metadata") : priv);
      return Reply.ok(FakeBodies.snapshot(organizations.membershipView(m)));
    }
  }

  private Reply update(FakeRequest request) {
    state.requireSecretKey(request);
    String role = FakeBodies.requiredText(FakeBodies.lenient(request), "role");
    synchronized (state) {
      Map<String, Object> m = organizations.membership(request.pathParam("organization_id"),
          request.pathParam("user_id"));
      organizations.requireRole(role);
      m.put("role", role);
      m.put("updated_at", state.nowMillis());
      return Reply.ok(FakeBodies.snapshot(organizations.membershipView(m)));
    }
  }

  private Reply delete(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> m = organizations.membership(request.pathParam("organization_id"),
          request.pathParam("user_id"));
      Object view = FakeBodies.snapshot(organizations.membershipView(m));
      organizations.removeMembership(request.pathParam("organization_id"), request.pathParam("user_id"));
      return Reply.ok(view);
    }
  }
}
