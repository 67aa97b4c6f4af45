package io.clerkservlet.api;

/** Filters of {@link SessionApi#getSessionList(ListSessionsParams)}; a client or user id is required. */
public final class ListSessionsParams {
  private final String clientId;
  private final String userId;
  private final String status;
  private final Integer limit;
  private final Integer offset;

  private ListSessionsParams(Builder b) {
    this.clientId = b.clientId;
    this.userId = b.userId;
    this.status = b.status;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Only sessions of this client, or null. */
  public String getClientId() {
    return clientId;
  }

  /** Only sessions of this user, or null. */
  public String getUserId() {
    return userId;
  }

  /** Only sessions with this status ({@code active}, {@code revoked}, ...), or null. */
  public String getStatus() {
    return status;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListSessionsParams}. */
  public static final class Builder {
    private String clientId;
    private String userId;
    private String status;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** Only sessions of this client. */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** Only sessions of this user. */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /** Only sessions with this status, for example {@code active}. */
    public Builder status(String status) {
      this.status = status;
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
     * @throws IllegalArgumentException "clientId or userId is required" (Clerk deprecated listing
     *     without either), "limit must be between 1 and 500" or "offset must not be negative"
     */
    public ListSessionsParams build() {
      if ((clientId == null || clientId.isEmpty()) && (userId == null || userId.isEmpty())) {
        throw new IllegalArgumentException("clientId or userId is required");
      }
      Pagination.check(limit, offset);
      return new ListSessionsParams(this);
    }
  }
}
