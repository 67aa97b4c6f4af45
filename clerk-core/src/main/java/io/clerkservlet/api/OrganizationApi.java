package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.Organization;
import io.clerkservlet.model.OrganizationMembership;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.util.Map;

/**
 * Organizations and their memberships: {@code /v1/organizations} and friends, with the instance
 * secret key. Obtain it from {@code ClerkClient.organizations()}. Every call throws
 * {@link ClerkApiException} when Clerk refuses or cannot be reached, and
 * {@link IllegalArgumentException} for an empty or unsafe id.
 */
public final class OrganizationApi {
  private static final String PATH = "organizations";
  private static final String MEMBERSHIPS = "memberships";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.organizations()}. */
  OrganizationApi(BapiContext context) {
    this.context = context;
  }

  /** One organization by id ({@code org_…}) or slug. */
  public Organization getOrganization(String organizationIdOrSlug) {
    return context.call(BapiRequest.get(PATH).id(organizationIdOrSlug), Organization.class);
  }

  /** One page of organizations, newest first, with the total count. */
  public PaginatedResourceResponse<Organization> getOrganizationList(ListOrganizationsParams params) {
    BapiRequest request = BapiRequest.get(PATH)
        .query("query", params.getQuery() == null || params.getQuery().isEmpty() ? null : params.getQuery())
        .query("include_members_count", params.isIncludeMembersCount() ? "true" : null)
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, Organization.class);
  }

  /** Creates an organization; {@code createdBy}, when set, becomes its first admin. */
  public Organization createOrganization(CreateOrganizationParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("name", params.getName());
    Params.putIfSet(body, "slug", params.getSlug());
    Params.putIfSet(body, "created_by", params.getCreatedBy());
    Params.putIfSet(body, "max_allowed_memberships", params.getMaxAllowedMemberships());
    Params.putIfSet(body, "public_metadata", params.getPublicMetadata());
    Params.putIfSet(body, "private_metadata", params.getPrivateMetadata());
    return context.call(BapiRequest.post(PATH).body(body), Organization.class);
  }

  /** Updates the fields set; metadata goes through {@link #updateOrganizationMetadata}. */
  public Organization updateOrganization(String organizationId, UpdateOrganizationParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    Params.putIfSet(body, "name", params.getName());
    Params.putIfSet(body, "slug", params.getSlug());
    Params.putIfSet(body, "max_allowed_memberships", params.getMaxAllowedMemberships());
    Params.putIfSet(body, "admin_delete_enabled", params.getAdminDeleteEnabled());
    return context.call(BapiRequest.patch(PATH).id(organizationId).body(body), Organization.class);
  }

  /** Deep-merges metadata into the organization's ({@code PATCH /v1/organizations/{id}/metadata}). */
  public Organization updateOrganizationMetadata(String organizationId,
      UpdateOrganizationMetadataParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    Params.putIfSet(body, "public_metadata", params.getPublicMetadata());
    Params.putIfSet(body, "private_metadata", params.getPrivateMetadata());
    return context.call(BapiRequest.patch(PATH).id(organizationId).path("metadata").body(body),
        Organization.class);
  }

  /** Deletes an organization and its memberships. */
  public DeletedObject deleteOrganization(String organizationId) {
    return context.call(BapiRequest.delete(PATH).id(organizationId), DeletedObject.class);
  }

  /** One page of an organization's memberships, with the total count. */
  public PaginatedResourceResponse<OrganizationMembership> getOrganizationMembershipList(
      ListOrganizationMembershipsParams params) {
    BapiRequest request = BapiRequest.get(PATH).id(params.getOrganizationId()).path(MEMBERSHIPS)
        .query("limit", params.getLimit())
        .query("offset", params.getOffset());
    return context.list(request, OrganizationMembership.class);
  }

  /** Adds a user to an organization with a role. */
  public OrganizationMembership createOrganizationMembership(OrganizationMembershipParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("user_id", params.getUserId());
    body.put("role", params.getRole());
    return context.call(BapiRequest.post(PATH).id(params.getOrganizationId()).path(MEMBERSHIPS)
        .body(body), OrganizationMembership.class);
  }

  /** Changes a member's role. */
  public OrganizationMembership updateOrganizationMembership(OrganizationMembershipParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("role", params.getRole());
    return context.call(BapiRequest.patch(PATH).id(params.getOrganizationId()).path(MEMBERSHIPS)
        .id(params.getUserId()).body(body), OrganizationMembership.class);
  }

  /** Removes a user from an organization; answers the removed membership. */
  public OrganizationMembership deleteOrganizationMembership(String organizationId, String userId) {
    return context.call(BapiRequest.delete(PATH).id(organizationId).path(MEMBERSHIPS).id(userId),
        OrganizationMembership.class);
  }
}
