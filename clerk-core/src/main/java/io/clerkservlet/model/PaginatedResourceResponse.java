package io.clerkservlet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a list call: the items and the total count across all pages. Clerk answers lists as a
 * bare array, as {@code {data, total_count}} or as {@code {m2m_tokens, total_count}}; all of them
 * come back as this type.
 *
 * @param <T> the resource type
 */
public final class PaginatedResourceResponse<T> {
  private final List<T> data;
  private final long totalCount;

  /** Creates a page; {@code totalCount} is the size of {@code data} when Clerk gave no count. */
  public PaginatedResourceResponse(List<T> data, long totalCount) {
    this.data = Collections.unmodifiableList(new ArrayList<>(data));
    this.totalCount = totalCount;
  }

  /** The items of this page, in Clerk's order. */
  public List<T> getData() {
    return data;
  }

  /** The number of items across all pages. */
  public long getTotalCount() {
    return totalCount;
  }

  @Override
  public String toString() {
    return "PaginatedResourceResponse{data=" + data.size() + " items, totalCount=" + totalCount + "}";
  }
}
