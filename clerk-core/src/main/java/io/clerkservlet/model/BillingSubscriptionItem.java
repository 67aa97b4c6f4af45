package io.clerkservlet.model;

/**
 * One plan of a billing subscription ({@code "object": "commerce_subscription_item"}).
 * Timestamps are epoch milliseconds; those Clerk may omit are {@code Long}.
 */
public final class BillingSubscriptionItem {
  private String object;
  private String id;
  private String instanceId;
  private String status;
  private String planId;
  private String priceId;
  private BillingPlan plan;
  private String planPeriod;
  private String payerId;
  private boolean isFreeTrial;
  private Long periodStart;
  private Long periodEnd;
  private Long canceledAt;
  private Long pastDueAt;
  private Long endedAt;
  private Long createdAt;
  private Long updatedAt;

  private BillingSubscriptionItem() {
  }

  /** Always {@code commerce_subscription_item}. */
  public String getObject() {
    return object;
  }

  /** The item id. */
  public String getId() {
    return id;
  }

  /** The instance, {@code ins_…}. */
  public String getInstanceId() {
    return instanceId;
  }

  /** The status, for example {@code active}, {@code canceled}, {@code ended} or {@code past_due}. */
  public String getStatus() {
    return status;
  }

  /** The plan id, or null. */
  public String getPlanId() {
    return planId;
  }

  /** The price id, or null. */
  public String getPriceId() {
    return priceId;
  }

  /** The plan, or null. */
  public BillingPlan getPlan() {
    return plan;
  }

  /** The billing period: {@code month} or {@code annual}. */
  public String getPlanPeriod() {
    return planPeriod;
  }

  /** The paying user's or organization's payer id. */
  public String getPayerId() {
    return payerId;
  }

  /** True while the item is a free trial. */
  public boolean isFreeTrial() {
    return isFreeTrial;
  }

  /** Start of the current period, or null. */
  public Long getPeriodStart() {
    return periodStart;
  }

  /** End of the current period (or of the free trial), or null. */
  public Long getPeriodEnd() {
    return periodEnd;
  }

  /** When it was canceled, or null. */
  public Long getCanceledAt() {
    return canceledAt;
  }

  /** When it became past due, or null. */
  public Long getPastDueAt() {
    return pastDueAt;
  }

  /** When it ended, or null. */
  public Long getEndedAt() {
    return endedAt;
  }

  /** Creation time, or null. */
  public Long getCreatedAt() {
    return createdAt;
  }

  /** Last update, or null. */
  public Long getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "BillingSubscriptionItem{id=" + id + ", status=" + status + ", planId=" + planId
        + ", isFreeTrial=" + isFreeTrial + ", periodEnd=" + periodEnd + "}";
  }
}
