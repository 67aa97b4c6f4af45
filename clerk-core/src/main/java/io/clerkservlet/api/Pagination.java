package io.clerkservlet.api;

/** Shared checks of Clerk's {@code limit}/{@code offset} pagination. */
final class Pagination {
  /** Clerk's largest page. */
  static final int MAX_LIMIT = 500;

  private Pagination() {
  }

  static void check(Integer limit, Integer offset) {
    check(limit, offset, MAX_LIMIT);
  }

  /** As {@link #check(Integer, Integer)} for endpoints with a smaller largest page. */
  static void check(Integer limit, Integer offset, int maxLimit) {
    if (limit != null && (limit < 1 || limit > maxLimit)) {
      throw new IllegalArgumentException("limit must be between 1 and " + maxLimit);
    }
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
  }
}
