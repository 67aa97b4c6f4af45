package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.Invitation;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.util.Map;

/**
 * Invitations to the instance: {@code /v1/invitations}, with the instance secret key. Obtain it
 * from {@code ClerkClient.invitations()}. Every call throws {@link ClerkApiException} when Clerk
 * refuses or cannot be reached.
 */
public final class InvitationApi {
  private static final String PATH = "invitations";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.invitations()}. */
  InvitationApi(BapiContext context) {
    this.context = context;
  }

  /** Invites an email address to sign up. */
  public Invitation createInvitation(CreateInvitationParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("email_address", params.getEmailAddress());
    Params.putIfSet(body, "redirect_url", params.getRedirectUrl());
    Params.putIfSet(body, "public_metadata", params.getPublicMetadata());
    Params.putIfSet(body, "notify", params.getNotify());
    Params.putIfSet(body, "ignore_existing", params.getIgnoreExisting());
    Params.putIfSet(body, "expires_in_days", params.getExpiresInDays());
    return context.call(BapiRequest.post(PATH).body(body), Invitation.class);
  }

  /** One page of invitations, newest first; Clerk gives no total, so the count is the page size. */
  public PaginatedResourceResponse<Invitation> getInvitationList(ListInvitationsParams params) {
    BapiRequest request = BapiRequest.get(PATH)
        .query("status", params.getStatus())
        .query("query", params.getQuery() == null || params.getQuery().isEmpty() ? null : params.getQuery())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, Invitation.class);
  }

  /** The first page of all invitations. */
  public PaginatedResourceResponse<Invitation> getInvitationList() {
    return getInvitationList(ListInvitationsParams.builder().build());
  }

  /** Revokes a pending invitation; answers the revoked invitation. */
  public Invitation revokeInvitation(String invitationId) {
    return context.call(BapiRequest.post(PATH).id(invitationId).path("revoke"), Invitation.class);
  }
}
