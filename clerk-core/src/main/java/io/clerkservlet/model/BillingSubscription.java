package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/**
 * The billing subscription of a user or organization ({@code "object": "commerce_subscription"}).
 * Timestamps are epoch milliseconds.
 */
public final class BillingSubscription {
  private String object;
  private String id;
  private String instanceId;
  private String status;
  private String payerId;
  private long createdAt;
  private long updatedAt;
  private Long activeAt;
  private Long pastDueAt;
  private List<BillingSubscriptionItem> subscriptionItems;
  private Boolean eligibleForFreeTrial;

  private BillingSubscription() {
  }

  /** Always {@code commerce_subscription}. */
  public String getObject() {
    return object;
  }

  /** The subscription id. */
  public String getId() {
    return id;
  }

  /** The instance, {@code ins_…}. */
  public String getInstanceId() {
    return instanceId;
  }

  /** The status, for example {@code active}, {@code past_due} or {@code ended}. */
  public String getStatus() {
    return status;
  }

  /** The payer id. */
  public String getPayerId() {
    return payerId;
  }

  /** Creation time. */
  public long getCreatedAt() {
    return createdAt;
  }

  /** Last update. */
  public long getUpdatedAt() {
    return updatedAt;
  }

  /** When it became active, or null. */
  public Long getActiveAt() {
    return activeAt;
  }

  /** When it became past due, or null. */
  public Long getPastDueAt() {
    return pastDueAt;
  }

  /** The items (one per plan); never null. */
  public List<BillingSubscriptionItem> getSubscriptionItems() {
    return subscriptionItems == null ? Collections.<BillingSubscriptionItem>emptyList()
        : Collections.unmodifiableList(subscriptionItems);
  }

  /** Whether the payer may still start a free trial, or null when Clerk did not say. */
  public Boolean getEligibleForFreeTrial() {
    return eligibleForFreeTrial;
  }

  @Override
  public String toString() {
    return "BillingSubscription{id=" + id + ", status=" + status + ", payerId=" + payerId
        + ", items=" + getSubscriptionItems().size() + "}";
  }
}
