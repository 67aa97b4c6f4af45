package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.Organization;
import io.clerkservlet.model.OrganizationMembership;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrganizationApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private OrganizationApi orgs() {
    return clerk.client().organizations();
  }

  @Test
  void createThenGetByIdAndBySlug() {
    String creator = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    Organization created = orgs().createOrganization(CreateOrganizationParams.builder()
        .name("Acme Corp").slug("acme").createdBy(creator).maxAllowedMemberships(10)
        .publicMetadata(Map.of("tier", "gold")).privateMetadata(Map.of("crm", "42")).build());

    Organization byId = orgs().getOrganization(created.getId());
    Organization bySlug = orgs().getOrganization("acme");

    assertThat(byId.getId()).startsWith("org_").isEqualTo(bySlug.getId());
    assertThat(byId.getName()).isEqualTo("Acme Corp");
    assertThat(byId.getSlug()).isEqualTo("acme");
    assertThat(byId.getCreatedBy()).isEqualTo(creator);
    assertThat(byId.getMaxAllowedMemberships()).isEqualTo(10);
    assertThat(byId.getPublicMetadata()).containsEntry("tier", "gold");
    assertThat(byId.getPrivateMetadata()).containsEntry("crm", "42");
    assertThat(clerk.fake().exchanges("POST", "/v1/organizations").get(0).getRequestBody())
        .isEqualTo("{\"name\":\"Acme Corp\",\"slug\":\"acme\",\"created_by\":\"" + creator
            + "\",\"max_allowed_memberships\":10,\"public_metadata\":{\"tier\":\"gold\"},"
            + "\"private_metadata\":{\"crm\":\"42\"}}");
  }

  @Test
  void getOrganizationWhenUnknownThen404() {
    assertThatThrownBy(() -> orgs().getOrganization("no-such-org"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void getOrganizationListFiltersPagesAndCounts() {
    clerk.fake().createOrganization("Acme", "acme");
    clerk.fake().createOrganization("Globex", "globex");
    String initech = clerk.fake().createOrganization("Initech", null);

    PaginatedResourceResponse<Organization> page = orgs().getOrganizationList(
        ListOrganizationsParams.builder().limit(2).includeMembersCount(true).build());
    PaginatedResourceResponse<Organization> found = orgs().getOrganizationList(
        ListOrganizationsParams.builder().query("glob").build());

    assertThat(page.getTotalCount()).isEqualTo(3);
    assertThat(page.getData()).hasSize(2);
    assertThat(page.getData().get(0).getId()).isEqualTo(initech);
    assertThat(page.getData().get(0).getSlug()).isEqualTo("initech");
    assertThat(page.getData().get(0).getMembersCount()).isZero();
    assertThat(found.getData()).extracting(Organization::getName).containsExactly("Globex");
    assertThat(clerk.fake().exchanges("GET", "/v1/organizations").get(0).getRawQuery())
        .isEqualTo("include_members_count=true&limit=2");
  }

  @Test
  void updateOrganizationChangesFieldsWithoutMetadata() {
    String id = clerk.fake().createOrganization("Acme", "acme");

    Organization updated = orgs().updateOrganization(id, UpdateOrganizationParams.builder()
        .name("Acme Inc").slug("acme-inc").adminDeleteEnabled(false).build());

    assertThat(updated.getName()).isEqualTo("Acme Inc");
    assertThat(updated.getSlug()).isEqualTo("acme-inc");
    assertThat(updated.isAdminDeleteEnabled()).isFalse();
    assertThat(clerk.fake().exchanges("PATCH", "/v1/organizations/" + id).get(0).getRequestBody())
        .isEqualTo("{\"name\":\"Acme Inc\",\"slug\":\"acme-inc\",\"admin_delete_enabled\":false}");
  }

  @Test
  void updateOrganizationMetadataDeepMerges() {
    String id = orgs().createOrganization(CreateOrganizationParams.builder().name("Acme")
        .publicMetadata(Map.of("a", 1)).build()).getId();

    Organization updated = orgs().updateOrganizationMetadata(id, UpdateOrganizationMetadataParams
        .builder().publicMetadata(Map.of("b", 2)).privateMetadata(Map.of("c", 3)).build());

    assertThat(updated.getPublicMetadata()).containsEntry("a", 1).containsEntry("b", 2);
    assertThat(updated.getPrivateMetadata()).containsEntry("c", 3);
  }

  @Test
  void deleteOrganizationAnswersADeletedObjectWithTheSlug() {
    String id = clerk.fake().createOrganization("Acme", "acme");

    DeletedObject deleted = orgs().deleteOrganization(id);

    assertThat(deleted.getObject()).isEqualTo("organization");
    assertThat(deleted.getId()).isEqualTo(id);
    assertThat(deleted.getSlug()).isEqualTo("acme");
    assertThat(deleted.isDeleted()).isTrue();
    assertThatThrownBy(() -> orgs().getOrganization(id)).isInstanceOf(ClerkApiException.class);
  }

  @Test
  void membershipsCreateListUpdateDelete() {
    String org = clerk.fake().createOrganization("Acme", "acme");
    String ada = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    String alan = clerk.fake().createUser("alan@example.com", "Alan", "Turing");
    clerk.fake().addMembership(org, alan, "org:admin");

    OrganizationMembership created = orgs().createOrganizationMembership(
        OrganizationMembershipParams.builder().organizationId(org).userId(ada).role("org:member").build());
    assertThat(created.getId()).startsWith("orgmem_");
    assertThat(created.getRole()).isEqualTo("org:member");
    assertThat(created.getPermissions()).containsExactly("org:sys_memberships:read");
    assertThat(created.getOrganization().getId()).isEqualTo(org);
    assertThat(created.getPublicUserData().getUserId()).isEqualTo(ada);
    assertThat(created.getPublicUserData().getFirstName()).isEqualTo("Ada");
    assertThat(created.getPublicUserData().getIdentifier()).isEqualTo("ada@example.com");

    PaginatedResourceResponse<OrganizationMembership> members = orgs().getOrganizationMembershipList(
        ListOrganizationMembershipsParams.builder().organizationId(org).limit(1).build());
    assertThat(members.getTotalCount()).isEqualTo(2);
    assertThat(members.getData()).singleElement()
        .satisfies(m -> assertThat(m.getRole()).isEqualTo("org:admin"));

    OrganizationMembership promoted = orgs().updateOrganizationMembership(
        OrganizationMembershipParams.builder().organizationId(org).userId(ada).role("org:admin").build());
    assertThat(promoted.getRole()).isEqualTo("org:admin");
    assertThat(promoted.getPermissions()).contains("org:sys_memberships:manage");

    OrganizationMembership removed = orgs().deleteOrganizationMembership(org, ada);
    assertThat(removed.getId()).isEqualTo(created.getId());
    assertThat(orgs().getOrganizationMembershipList(ListOrganizationMembershipsParams.builder()
        .organizationId(org).build()).getTotalCount()).isEqualTo(1);
  }

  @Test
  void createdByBecomesTheFirstAdmin() {
    String ada = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    String org = orgs().createOrganization(CreateOrganizationParams.builder().name("Acme")
        .createdBy(ada).build()).getId();

    assertThat(orgs().getOrganizationMembershipList(ListOrganizationMembershipsParams.builder()
        .organizationId(org).build()).getData())
        .singleElement().satisfies(m -> {
          assertThat(m.getRole()).isEqualTo("org:admin");
          assertThat(m.getPublicUserData().getUserId()).isEqualTo(ada);
        });
  }

  @Test
  void membershipOfANonMemberIs404() {
    String org = clerk.fake().createOrganization("Acme", "acme");
    String ada = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");

    assertThatThrownBy(() -> orgs().deleteOrganizationMembership(org, ada))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }
}
