package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /v1/organizations}: list ({@code {data, total_count}}), create, get by id or slug, update
 * (no metadata since 2026-05-12), metadata merge and delete. Instance secret key only.
 */
public final class OrganizationRoutes {
  private static final String[] METADATA = {"public_metadata", "private_metadata"};

  private final FakeState state;
  private final OrganizationStore organizations;

  /** Creates the routes. */
  public OrganizationRoutes(FakeState state, OrganizationStore organizations) {
    this.state = state;
    this.organizations = organizations;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/v1/organizations", this::list);
    router.add("POST", "/v1/organizations", this::create);
    router.add("GET", "/v1/organizations/{organization_id}", this::get);
    router.add("PATCH", "/v1/organizations/{organization_id}", this::update);
    router.add("DELETE", "/v1/organizations/{organization_id}", this::delete);
    router.add("PATCH", "/v1/organizations/{organization_id}/metadata", this::mergeMetadata);
  }

  private Reply list(FakeRequest request) {
    state.requireSecretKey(request);
    String query = request.query("query");
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    synchronized (state) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (Map<String, Object> o : organizations.all()) {
        String haystack = (o.get("id") + " " + o.get("name") + " " + o.get("slug")).toLowerCase(Locale.ROOT);
        if (query == null || haystack.contains(query.toLowerCase(Locale.ROOT))) {
          matching.add(view(o, request));
        }
      }
      Collections.reverse(matching);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("data", FakeBodies.snapshot(Pages.slice(matching, offset, limit)));
      body.put("total_count", matching.size());
      return Reply.ok(body);
    }
  }

  private Reply create(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = FakeBodies.lenient(request);
    String name = FakeBodies.requiredText(body, "name");
    Long max = nonNegative(FakeBodies.number(body, "max_allowed_memberships"));
    synchronized (state) {
      return Reply.ok(FakeBodies.snapshot(organizations.create(name, FakeBodies.text(body, "slug"),
          FakeBodies.text(body, "created_by"), max, FakeBodies.object(body, "public_metadata"),
          FakeBodies.object(body, "private_metadata"))));
    }
  }

  private Reply get(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> o = organizations.get(request.pathParam("organization_id"));
      return Reply.ok(FakeBodies.snapshot(view(o, request)));
    }
  }

  private Reply update(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody("name", "slug", "max_allowed_memberships",
        "admin_delete_enabled", "created_at", "role_set_key");
    Long max = nonNegative(FakeBodies.number(body, "max_allowed_memberships"));
    synchronized (state) {
      Map<String, Object> o = organizations.get(request.pathParam("organization_id"));
      String slug = FakeBodies.text(body, "slug");
      if (slug != null) {
        organizations.requireFreeSlug(slug, (String) o.get("id"));
        o.put("slug", slug);
      }
      if (FakeBodies.text(body, "name") != null) {
        o.put("name", FakeBodies.text(body, "name"));
      }
      if (max != null) {
        o.put("max_allowed_memberships", max);
      }
      if (FakeBodies.bool(body, "admin_delete_enabled") != null) {
        o.put("admin_delete_enabled", FakeBodies.bool(body, "admin_delete_enabled"));
      }
      o.put("updated_at", state.nowMillis());
      return Reply.ok(FakeBodies.snapshot(o));
    }
  }

  @SuppressWarnings("unchecked")
  private Reply mergeMetadata(FakeRequest request) {
    state.requireSecretKey(request);
    ObjectNode body = request.jsonBody(METADATA);
    synchronized (state) {
      Map<String, Object> o = organizations.get(request.pathParam("organization_id"));
      for (String field : METADATA) {
        Map<String, Object> patch = FakeBodies.object(body, field);
        if (patch != null) {
          FakeBodies.deepMerge((Map<String, Object>) o.get(field), patch);
        }
      }
      o.put("updated_at", state.nowMillis());
      return Reply.ok(FakeBodies.snapshot(o));
    }
  }

  private Reply delete(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> o = organizations.remove(request.pathParam("organization_id"));
      return Reply.ok(FakeBodies.deleted("organization", (String) o.get("id"), (String) o.get("slug")));
    }
  }

  private Map<String, Object> view(Map<String, Object> o, FakeRequest request) {
    Map<String, Object> view = new LinkedHashMap<>(o);
    if ("true".equals(request.query("include_members_count"))) {
      view.put("members_count", organizations.memberCount((String) o.get("id")));
    }
    return view;
  }

  private static Long nonNegative(Long value) {
    if (value != null && value < 0) {
      throw FakeError.invalid("max_allowed_memberships", "max_allowed_memberships must not be negative.");
    }
    return value;
  }
}
