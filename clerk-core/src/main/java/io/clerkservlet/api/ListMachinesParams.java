package io.clerkservlet.api;

/** Parameters of {@link MachineApi#list(ListMachinesParams)}; every field is optional. */
public final class ListMachinesParams {
  private final String query;
  private final Integer limit;
  private final Integer offset;
  private final String orderBy;

  private ListMachinesParams(Builder b) {
    this.query = b.query;
    this.limit = b.limit;
    this.offset = b.offset;
    this.orderBy = b.orderBy;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Exact machine id or part of a name, or null. */
  public String getQuery() {
    return query;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** The order, for example {@code -created_at} or {@code name}, or null for Clerk's default. */
  public String getOrderBy() {
    return orderBy;
  }

  /** Builds {@link ListMachinesParams}. */
  public static final class Builder {
    private String query;
    private Integer limit;
    private Integer offset;
    private String orderBy;

    private Builder() {
    }

    /** Matches a machine id exactly or a name partially. */
    public Builder query(String query) {
      this.query = query;
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

    /** {@code name} or {@code created_at}, optionally prefixed with {@code +} or {@code -}. */
    public Builder orderBy(String orderBy) {
      this.orderBy = orderBy;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "limit must be between 1 and 500", "offset must not be
     *     negative" or "orderBy must be name or created_at, optionally prefixed with + or -"
     */
    public ListMachinesParams build() {
      Pagination.check(limit, offset);
      if (orderBy != null && !orderBy.matches("[+-]?(name|created_at)")) {
        throw new IllegalArgumentException(
            "orderBy must be name or created_at, optionally prefixed with + or -");
      }
      return new ListMachinesParams(this);
    }
  }
}
