package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.model.User;
import java.util.List;
import java.util.Map;

/**
 * Users: {@code /v1/users} and friends, with the instance secret key. Obtain it from
 * {@code ClerkClient.users()}. Every call throws {@link ClerkApiException} when Clerk refuses or
 * cannot be reached, and {@link IllegalArgumentException} for an empty or unsafe id.
 */
public final class UserApi {
  private static final String PATH = "users";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.users()}. */
  UserApi(BapiContext context) {
    this.context = context;
  }

  /** One user by id. */
  public User getUser(String userId) {
    return context.call(BapiRequest.get(PATH).id(userId), User.class);
  }

  /**
   * One page of users, newest first unless ordered otherwise. Clerk answers a bare list, so, like
   * {@code @clerk/backend}, this also asks {@code GET /v1/users/count} for the total.
   */
  public PaginatedResourceResponse<User> getUserList(ListUsersParams params) {
    BapiRequest request = filters(BapiRequest.get(PATH), params)
        .query("order_by", params.getOrderBy())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    List<User> page = context.list(request, User.class).getData();
    return new PaginatedResourceResponse<>(page, getCount(params));
  }

  /** The first page of all users (Clerk's default page size). */
  public PaginatedResourceResponse<User> getUserList() {
    return getUserList(ListUsersParams.builder().build());
  }

  /** How many users match the filters ({@code orderBy}, {@code limit} and {@code offset} are ignored). */
  public long getCount(ListUsersParams params) {
    return context.call(filters(BapiRequest.get(PATH).path("count"), params), Count.class).totalCount;
  }

  /** How many users the instance has. */
  public long getCount() {
    return getCount(ListUsersParams.builder().build());
  }

  /** Creates a user. */
  public User createUser(CreateUserParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    if (!params.getEmailAddresses().isEmpty()) {
      body.put("email_address", params.getEmailAddresses());
    }
    Params.putIfSet(body, "first_name", params.getFirstName());
    Params.putIfSet(body, "last_name", params.getLastName());
    Params.putIfSet(body, "username", params.getUsername());
    Params.putIfSet(body, "password", params.getPassword());
    Params.putIfSet(body, "external_id", params.getExternalId());
    Params.putIfSet(body, "public_metadata", params.getPublicMetadata());
    Params.putIfSet(body, "private_metadata", params.getPrivateMetadata());
    Params.putIfSet(body, "unsafe_metadata", params.getUnsafeMetadata());
    return context.call(BapiRequest.post(PATH).body(body), User.class);
  }

  /** Updates the fields set in {@code params}; metadata goes through {@link #updateUserMetadata}. */
  public User updateUser(String userId, UpdateUserParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    Params.putIfSet(body, "first_name", params.getFirstName());
    Params.putIfSet(body, "last_name", params.getLastName());
    Params.putIfSet(body, "username", params.getUsername());
    Params.putIfSet(body, "external_id", params.getExternalId());
    Params.putIfSet(body, "password", params.getPassword());
    Params.putIfSet(body, "primary_email_address_id", params.getPrimaryEmailAddressId());
    return context.call(BapiRequest.patch(PATH).id(userId).body(body), User.class);
  }

  /** Deep-merges metadata into the user's ({@code PATCH /v1/users/{id}/metadata}). */
  public User updateUserMetadata(String userId, UpdateUserMetadataParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    Params.putIfSet(body, "public_metadata", params.getPublicMetadata());
    Params.putIfSet(body, "private_metadata", params.getPrivateMetadata());
    Params.putIfSet(body, "unsafe_metadata", params.getUnsafeMetadata());
    return context.call(BapiRequest.patch(PATH).id(userId).path("metadata").body(body), User.class);
  }

  /** Deletes a user. */
  public DeletedObject deleteUser(String userId) {
    return context.call(BapiRequest.delete(PATH).id(userId), DeletedObject.class);
  }

  /** Bans a user: they cannot sign in and their sessions are revoked. */
  public User banUser(String userId) {
    return action(userId, "ban");
  }

  /** Lifts a ban. */
  public User unbanUser(String userId) {
    return action(userId, "unban");
  }

  /** Locks a user out of signing in. */
  public User lockUser(String userId) {
    return action(userId, "lock");
  }

  /** Lifts a lock. */
  public User unlockUser(String userId) {
    return action(userId, "unlock");
  }

  private User action(String userId, String action) {
    return context.call(BapiRequest.post(PATH).id(userId).path(action), User.class);
  }

  private static BapiRequest filters(BapiRequest request, ListUsersParams params) {
    return request.query("email_address", params.getEmailAddresses())
        .query("user_id", params.getUserIds())
        .query("external_id", params.getExternalIds())
        .query("query", emptyToNull(params.getQuery()));
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** {@code {"object": "total_count", "total_count": n}}. */
  private static final class Count {
    private long totalCount;

    private Count() {
    }
  }
}
