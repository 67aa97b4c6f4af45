package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/** A Clerk Billing plan ({@code "object": "commerce_plan"}). */
public final class BillingPlan {
  private String object;
  private String id;
  private String productId;
  private String name;
  private String slug;
  private String description;
  private boolean isDefault;
  private boolean isRecurring;
  private boolean hasBaseFee;
  private boolean publiclyVisible;
  private BillingMoney fee;
  private BillingMoney annualFee;
  private BillingMoney annualMonthlyFee;
  private String forPayerType;
  private List<BillingFeature> features;
  private boolean freeTrialEnabled;
  private Long freeTrialDays;
  private String avatarUrl;

  private BillingPlan() {
  }

  /** Always {@code commerce_plan}. */
  public String getObject() {
    return object;
  }

  /** The plan id, {@code cplan_…}. */
  public String getId() {
    return id;
  }

  /** The product the plan belongs to. */
  public String getProductId() {
    return productId;
  }

  /** The display name. */
  public String getName() {
    return name;
  }

  /** The slug, for example {@code pro}. */
  public String getSlug() {
    return slug;
  }

  /** The description, or null. */
  public String getDescription() {
    return description;
  }

  /** True for the plan payers get by default. */
  public boolean isDefault() {
    return isDefault;
  }

  /** True when the plan bills every period. */
  public boolean isRecurring() {
    return isRecurring;
  }

  /** True when the plan has a base fee. */
  public boolean isHasBaseFee() {
    return hasBaseFee;
  }

  /** True when the plan is shown in the pricing table. */
  public boolean isPubliclyVisible() {
    return publiclyVisible;
  }

  /** The monthly fee, or null. */
  public BillingMoney getFee() {
    return fee;
  }

  /** The yearly fee, or null. */
  public BillingMoney getAnnualFee() {
    return annualFee;
  }

  /** The yearly fee per month, or null. */
  public BillingMoney getAnnualMonthlyFee() {
    return annualMonthlyFee;
  }

  /** Who can subscribe: {@code user} or {@code org}. */
  public String getForPayerType() {
    return forPayerType;
  }

  /** The features the plan includes; never null. */
  public List<BillingFeature> getFeatures() {
    return features == null
        ? Collections.<BillingFeature>emptyList() : Collections.unmodifiableList(features);
  }

  /** True when new subscribers get a free trial. */
  public boolean isFreeTrialEnabled() {
    return freeTrialEnabled;
  }

  /** The length of the free trial in days, or null. */
  public Long getFreeTrialDays() {
    return freeTrialDays;
  }

  /** The image URL, or null. */
  public String getAvatarUrl() {
    return avatarUrl;
  }

  @Override
  public String toString() {
    return "BillingPlan{id=" + id + ", slug=" + slug + ", forPayerType=" + forPayerType
        + ", fee=" + fee + "}";
  }
}
