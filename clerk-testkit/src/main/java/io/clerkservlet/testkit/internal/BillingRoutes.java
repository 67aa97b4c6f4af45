package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/billing/...}: the plan list, cancelling and extending subscription items, and the
 * subscription of a user or organization. Subscriptions exist only once a test creates them with
 * {@link #subscribe(String, String)}.
 */
public final class BillingRoutes {
  private static final long DAY_MILLIS = 86_400_000L;
  private static final String[] LEGACY_ITEM_FIELDS = {"object", "id", "instance_id", "status",
      "plan_id", "plan", "plan_period", "payment_source_id", "payer_id", "is_free_trial",
      "period_start", "period_end", "proration_date", "canceled_at", "past_due_at", "ended_at",
      "created_at", "updated_at"};

  private final FakeState state;
  private final BillingCatalog catalog = new BillingCatalog();
  private final Map<String, Map<String, Object>> subscriptionsByPayer = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();

  /** Creates the routes over the shared state. */
  public BillingRoutes(FakeState state) {
    this.state = state;
  }

  /** Registers the routes. */
  public void register(Router router) {
    router.add("GET", "/v1/billing/plans", this::plans);
    router.add("DELETE", "/v1/billing/subscription_items/{subscription_item_id}", this::cancel);
    router.add("POST", "/v1/billing/subscription_items/{subscription_item_id}/extend_free_trial",
        this::extendFreeTrial);
    router.add("GET", "/v1/users/{user_id}/billing/subscription",
        r -> subscription(r, r.pathParam("user_id")));
    router.add("GET", "/v1/organizations/{organization_id}/billing/subscription",
        r -> subscription(r, r.pathParam("organization_id")));
  }

  /**
   * Subscribes a user ({@code user_…}) or organization ({@code org_…}) to a plan, ending its
   * current items; a plan with a free trial starts as a trial. Returns the new item's id.
   *
   * @throws IllegalArgumentException for an unknown plan or one for the other payer type
   */
  public String subscribe(String payerId, String planSlug) {
    Map<String, Object> plan = catalog.bySlug(planSlug);
    String payerType = payerId == null ? "" : payerId.startsWith("user_") ? "user"
        : payerId.startsWith("org_") ? "org" : "";
    if (plan == null || !plan.get("for_payer_type").equals(payerType)) {
      throw new IllegalArgumentException("no " + payerType + " plan with slug " + planSlug
          + " (plans: free_user and pro for users, team for organizations)");
    }
    synchronized (state) {
      long now = state.nowMillis();
      Map<String, Object> sub = subscriptionsByPayer.get(payerId);
      if (sub == null) {
        sub = newSubscription(now);
        subscriptionsByPayer.put(payerId, sub);
      }
      for (Map<String, Object> old : itemsOf(sub)) {
        if (old.get("ended_at") == null) {
          end(old, now);
        }
      }
      Map<String, Object> item = newItem(plan, (String) sub.get("payer_id"), now);
      itemsOf(sub).add(item);
      items.put((String) item.get("id"), item);
      sub.put("updated_at", now);
      return (String) item.get("id");
    }
  }

  private Reply plans(FakeRequest request) {
    state.requireSecretKey(request);
    String payerType = request.query("payer_type");
    if (payerType != null && !payerType.equals("user") && !payerType.equals("org")) {
      throw FakeError.invalid("payer_type", "payer_type must be user or org.");
    }
    Bodies.queryFlag(request, "paginated", true);
    int limit = Pages.limit(request);
    int offset = Pages.offset(request);
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> p : catalog.all()) {
      if (payerType == null || payerType.equals(p.get("for_payer_type"))) {
        matching.add(p);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", Pages.slice(matching, offset, limit));
    body.put("total_count", matching.size());
    return Reply.ok(body);
  }

  private Reply cancel(FakeRequest request) {
    Map<String, Object> item = item(request);
    boolean endNow = Bodies.queryFlag(request, "end_now", false);
    synchronized (state) {
      long now = state.nowMillis();
      if (item.get("ended_at") != null || (!endNow && "canceled".equals(item.get("status")))) {
        throw FakeError.invalid("subscription_item_id", "The subscription item is not active.");
      }
      if (endNow) {
        end(item, now);
      } else {
        item.put("status", "canceled");
        item.put("canceled_at", now);
        item.put("updated_at", now);
      }
      return Reply.ok(view(item));
    }
  }

  private Reply extendFreeTrial(FakeRequest request) {
    Map<String, Object> item = item(request);
    ObjectNode body = request.jsonBody("extend_to");
    long extendTo = parseDateTime(Bodies.requiredText(body, "extend_to"));
    synchronized (state) {
      if (!(Boolean) item.get("is_free_trial") || !"active".equals(item.get("status"))) {
        throw FakeError.invalid("subscription_item_id", "The subscription item is not in a free trial.");
      }
      if (extendTo <= (Long) item.get("period_end")) {
        throw FakeError.invalid("extend_to", "extend_to must be after the current end of the trial.");
      }
      item.put("period_end", extendTo);
      item.put("updated_at", state.nowMillis());
      Map<String, Object> legacy = new LinkedHashMap<>();
      for (String field : LEGACY_ITEM_FIELDS) {
        legacy.put(field, item.get(field.equals("payment_source_id") ? "__payment_source_id"
            : field.equals("proration_date") ? "__proration_date" : field));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> plan = (Map<String, Object>) item.get("plan");
      legacy.put("plan", BillingCatalog.legacyView(plan));
      return Reply.ok(legacy);
    }
  }

  private Reply subscription(FakeRequest request, String payerId) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> sub = subscriptionsByPayer.get(payerId);
      if (sub == null) {
        throw FakeError.notFound("Subscription");
      }
      Map<String, Object> view = new LinkedHashMap<>(sub);
      List<Object> itemViews = new ArrayList<>();
      boolean live = false;
      for (Map<String, Object> item : itemsOf(sub)) {
        itemViews.add(view(item));
        live |= item.get("ended_at") == null;
      }
      view.put("status", live ? "active" : "ended");
      view.put("subscription_items", itemViews);
      return Reply.ok(view);
    }
  }

  private Map<String, Object> item(FakeRequest request) {
    state.requireSecretKey(request);
    synchronized (state) {
      Map<String, Object> item = items.get(request.pathParam("subscription_item_id"));
      if (item == null) {
        throw FakeError.notFound("Subscription item");
      }
      return item;
    }
  }

  private Map<String, Object> newSubscription(long now) {
    Map<String, Object> sub = new LinkedHashMap<>();
    sub.put("object", "commerce_subscription");
    sub.put("id", Ids.word27("csub_"));
    sub.put("instance_id", state.instanceId());
    sub.put("status", "active");
    sub.put("payer_id", Ids.word27("cpayer_"));
    sub.put("created_at", now);
    sub.put("updated_at", now);
    sub.put("active_at", now);
    sub.put("past_due_at", null);
    sub.put("subscription_items", new ArrayList<Map<String, Object>>());
    return sub;
  }

  private Map<String, Object> newItem(Map<String, Object> plan, String payerId, long now) {
    Long trialDays = (Long) plan.get("free_trial_days");
    boolean recurring = (Boolean) plan.get("is_recurring");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("object", "commerce_subscription_item");
    item.put("id", Ids.word27("csubi_"));
    item.put("instance_id", state.instanceId());
    item.put("status", "active");
    item.put("plan_id", plan.get("id"));
    item.put("plan", plan);
    item.put("plan_period", "month");
    item.put("payer_id", payerId);
    item.put("is_free_trial", trialDays != null);
    item.put("period_start", now);
    Long periodEnd = null;
    if (trialDays != null) {
      periodEnd = now + trialDays * DAY_MILLIS;
    } else if (recurring) {
      periodEnd = now + 30 * DAY_MILLIS;
    }
    item.put("period_end", periodEnd);
    item.put("canceled_at", null);
    item.put("past_due_at", null);
    item.put("ended_at", null);
    item.put("created_at", now);
    item.put("updated_at", now);
    item.put("__payment_source_id", Ids.word27("csrc_"));
    item.put("__proration_date", Instant.ofEpochMilli(now).atOffset(ZoneOffset.UTC).toLocalDate().toString());
    return item;
  }

  private static void end(Map<String, Object> item, long now) {
    item.put("status", "ended");
    if (item.get("canceled_at") == null) {
      item.put("canceled_at", now);
    }
    item.put("ended_at", now);
    item.put("updated_at", now);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> itemsOf(Map<String, Object> sub) {
    return (List<Map<String, Object>>) sub.get("subscription_items");
  }

  private static Map<String, Object> view(Map<String, Object> item) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : item.entrySet()) {
      if (!e.getKey().startsWith("__")) {
        v.put(e.getKey(), e.getValue());
      }
    }
    return v;
  }

  private static long parseDateTime(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw FakeError.invalid("extend_to", "extend_to must be an RFC 3339 date-time.");
    }
  }
}
