package io.clerkservlet.contract.resilience;

import java.time.Duration;
import java.util.List;

/**
 * One kind of client of a load phase: {@code users} clients at once, each sending
 * {@code requestsPerUser} requests one after the other, request {@code i} of user {@code u} being
 * {@code requests.request(u, i)}, starting one at most every {@code pace} (zero: back to back).
 */
public record UserGroup(String name, int users, int requestsPerUser, Duration pace, Requests requests) {
  /** A group sending back to back. */
  public UserGroup(String name, int users, int requestsPerUser, Requests requests) {
    this(name, users, requestsPerUser, Duration.ZERO, requests);
  }

  /** One GET: the path (with query) and header name/value pairs. */
  public record Request(String path, List<String> headers) {
    /** A GET with a bearer token. */
    public static Request bearer(String path, String token) {
      return new Request(path, List.of("Authorization", "Bearer " + token));
    }
  }

  /** What user {@code user} sends as its request number {@code index}. */
  @FunctionalInterface
  public interface Requests {
    /** The request. */
    Request request(int user, int index);
  }

  /** All requests of the group. */
  public int total() {
    return users * requestsPerUser;
  }
}
