package io.clerkservlet.api;

/** Parameters of {@link BillingApi#getPlanList(GetBillingPlanListParams)}; every field is optional. */
public final class GetBillingPlanListParams {
  private final String payerType;
  private final Integer limit;
  private final Integer offset;

  private GetBillingPlanListParams(Builder b) {
    this.payerType = b.payerType;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code user}, {@code org}, or null for both. */
  public String getPayerType() {
    return payerType;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link GetBillingPlanListParams}. */
  public static final class Builder {
    private String payerType;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** Only plans for {@code user} or for {@code org} payers. */
    public Builder payerType(String payerType) {
      this.payerType = payerType;
      return this;
    }

    /** Page size, 1 to 500. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Items to skip, at least 0. */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "payerType must be org or user", "limit must be between 1
     *     and 500" or "offset must not be negative"
     */
    public GetBillingPlanListParams build() {
      if (payerType != null && !payerType.equals("org") && !payerType.equals("user")) {
        throw new IllegalArgumentException("payerType must be org or user");
      }
      Pagination.check(limit, offset);
      return new GetBillingPlanListParams(this);
    }
  }
}
