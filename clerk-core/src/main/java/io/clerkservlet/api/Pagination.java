package io.clerkservlet.api;

/** Shared checks of Clerk's {@code limit}/{@code offset} pagination. */
final class Pagination {
  /** Clerk's largest page. */
  static final int MAX_LIMIT = 500;

  private Pagination() {
  }

  static void check(Integer limit, Integer offset) {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be between 1 and 500");
    }
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
  }
}
