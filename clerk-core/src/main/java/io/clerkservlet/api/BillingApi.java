package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.BillingPlan;
import io.clerkservlet.model.BillingSubscription;
import io.clerkservlet.model.BillingSubscriptionItem;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Clerk Billing (experimental in {@code @clerk/backend}): plans and subscriptions under
 * {@code {apiUrl}/v1}, with the instance secret key. Obtain it from {@code ClerkClient.billing()}.
 *
 * <p>Every method throws {@link IllegalStateException} when the client has no secret key and
 * {@link ClerkApiException} when Clerk refuses (404 for an unknown id) or cannot be reached.
 */
public final class BillingApi {
  /** How {@code extend_to} is written: JavaScript's {@code Date.toISOString()} format. */
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String ITEMS = "subscription_items";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.billing()}. */
  BillingApi(BapiContext context) {
    this.context = context;
  }

  /** Lists the instance's plans. */
  public PaginatedResourceResponse<BillingPlan> getPlanList(GetBillingPlanListParams params) {
    BapiRequest request = BapiRequest.get("billing").path("plans")
        .query("payer_type", params.getPayerType())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, BillingPlan.class);
  }

  /** Lists the first page of plans for every payer type. */
  public PaginatedResourceResponse<BillingPlan> getPlanList() {
    return getPlanList(GetBillingPlanListParams.builder().build());
  }

  /** Cancels a subscription item at the end of its period. */
  public BillingSubscriptionItem cancelSubscriptionItem(String subscriptionItemId) {
    return cancelSubscriptionItem(subscriptionItemId, false);
  }

  /** Cancels a subscription item, at once when {@code endNow}, else at the end of its period. */
  public BillingSubscriptionItem cancelSubscriptionItem(String subscriptionItemId, boolean endNow) {
    BapiRequest request = BapiRequest.delete("billing").path(ITEMS).id(subscriptionItemId)
        .query("end_now", endNow ? Boolean.TRUE : null);
    return context.call(request, BillingSubscriptionItem.class);
  }

  /**
   * Moves the end of a subscription item's free trial to {@code extendTo}.
   *
   * @throws IllegalArgumentException when {@code extendTo} is null
   */
  public BillingSubscriptionItem extendSubscriptionItemFreeTrial(String subscriptionItemId,
      Instant extendTo) {
    if (extendTo == null) {
      throw new IllegalArgumentException("extendTo is required");
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("extend_to", ISO_MILLIS.format(extendTo));
    BapiRequest request = BapiRequest.post("billing").path(ITEMS).id(subscriptionItemId)
        .path("extend_free_trial").body(body);
    return context.call(request, BillingSubscriptionItem.class);
  }

  /** The billing subscription of an organization, {@code org_…}. */
  public BillingSubscription getOrganizationBillingSubscription(String organizationId) {
    return context.call(BapiRequest.get("organizations").id(organizationId).path("billing")
        .path("subscription"), BillingSubscription.class);
  }

  /** The billing subscription of a user, {@code user_…}. */
  public BillingSubscription getUserBillingSubscription(String userId) {
    return context.call(BapiRequest.get("users").id(userId).path("billing").path("subscription"),
        BillingSubscription.class);
  }
}
