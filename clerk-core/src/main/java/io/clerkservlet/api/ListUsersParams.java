package io.clerkservlet.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Filters of {@link UserApi#getUserList(ListUsersParams)} and {@link UserApi#getCount(ListUsersParams)}
 * (the count ignores {@code orderBy}, {@code limit} and {@code offset}). Every field is optional.
 */
public final class ListUsersParams {
  private static final String ORDER_BY = "[+-]?(created_at|updated_at|email_address|web3wallet"
      + "|first_name|last_name|phone_number|username|last_active_at|last_sign_in_at)";

  private final List<String> emailAddresses;
  private final List<String> userIds;
  private final List<String> externalIds;
  private final String query;
  private final String orderBy;
  private final Integer limit;
  private final Integer offset;

  private ListUsersParams(Builder b) {
    this.emailAddresses = Params.copy(b.emailAddresses);
    this.userIds = Params.copy(b.userIds);
    this.externalIds = Params.copy(b.externalIds);
    this.query = b.query;
    this.orderBy = b.orderBy;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Only users with one of these email addresses; empty for no filter. */
  public List<String> getEmailAddresses() {
    return emailAddresses;
  }

  /** Only (or, with a {@code -} prefix, all but) these user ids; empty for no filter. */
  public List<String> getUserIds() {
    return userIds;
  }

  /** Only (or, with a {@code -} prefix, all but) these external ids; empty for no filter. */
  public List<String> getExternalIds() {
    return externalIds;
  }

  /** A partial match on ids, emails, phone numbers, usernames and names, or null. */
  public String getQuery() {
    return query;
  }

  /** The order, for example {@code -created_at} (Clerk's default), or null. */
  public String getOrderBy() {
    return orderBy;
  }

  /** Page size (1 to 500), or null for Clerk's default of 10. */
  public Integer getLimit() {
    return limit;
  }

  /** Items to skip, or null for 0. */
  public Integer getOffset() {
    return offset;
  }

  /** Builds {@link ListUsersParams}. */
  public static final class Builder {
    private final List<String> emailAddresses = new ArrayList<>();
    private final List<String> userIds = new ArrayList<>();
    private final List<String> externalIds = new ArrayList<>();
    private String query;
    private String orderBy;
    private Integer limit;
    private Integer offset;

    private Builder() {
    }

    /** Adds email addresses to match (at most 100 in all). */
    public Builder emailAddress(String... addresses) {
      emailAddresses.addAll(Arrays.asList(addresses));
      return this;
    }

    /** Adds user ids to match; prefix one with {@code -} to exclude it (at most 100 in all). */
    public Builder userId(String... ids) {
      userIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** Adds external ids to match; prefix one with {@code -} to exclude it (at most 100 in all). */
    public Builder externalId(String... ids) {
      externalIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** A partial, case-insensitive match on ids, emails, phone numbers, usernames and names. */
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** A field with an optional {@code +}/{@code -} prefix, for example {@code -created_at}. */
    public Builder orderBy(String orderBy) {
      this.orderBy = orderBy;
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
     * @throws IllegalArgumentException "emailAddress accepts at most 100 values" (and the same for
     *     userId, externalId), "... must not contain empty values", "orderBy must be a user field
     *     with an optional + or - prefix", "limit must be between 1 and 500" or
     *     "offset must not be negative"
     */
    public ListUsersParams build() {
      Params.checkValues("emailAddress", emailAddresses);
      Params.checkValues("userId", userIds);
      Params.checkValues("externalId", externalIds);
      if (orderBy != null && !orderBy.matches(ORDER_BY)) {
        throw new IllegalArgumentException("orderBy must be a user field with an optional + or - prefix");
      }
      Pagination.check(limit, offset);
      return new ListUsersParams(this);
    }
  }
}
