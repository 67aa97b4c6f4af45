package io.clerkservlet.testkit.internal;

import java.util.List;

/** Clerk's {@code limit}/{@code offset} pagination for the fake. */
public final class Pages {
  /** Clerk's default page size. */
  public static final int DEFAULT_LIMIT = 10;

  private Pages() {
  }

  /** The {@code limit} query parameter (1 to 500, default 10), or a 422. */
  public static int limit(FakeRequest request) {
    return limit(request, 500, 422);
  }

  /** The {@code limit} query parameter (1 to {@code max}, default 10), else {@code errorStatus}. */
  public static int limit(FakeRequest request, int max, int errorStatus) {
    return intParam(request, "limit", DEFAULT_LIMIT, 1, max, errorStatus);
  }

  /** The {@code offset} query parameter (at least 0, default 0), or a 422. */
  public static int offset(FakeRequest request) {
    return offset(request, 422);
  }

  /** The {@code offset} query parameter (at least 0, default 0), else {@code errorStatus}. */
  public static int offset(FakeRequest request, int errorStatus) {
    return intParam(request, "offset", 0, 0, Integer.MAX_VALUE, errorStatus);
  }

  /** The page of {@code items} starting at {@code offset}. */
  public static <T> List<T> slice(List<T> items, int offset, int limit) {
    int from = Math.min(offset, items.size());
    return items.subList(from, Math.min(items.size(), from + limit));
  }

  private static int intParam(FakeRequest request, String name, int fallback, int min, int max,
      int errorStatus) {
    String value = request.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // falls through to the error below
    }
    throw FakeError.invalid(errorStatus, name,
        name + " must be an integer between " + min + " and " + max + ".");
  }
}
