package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceParamsTest {
  @Test
  void listUsersParamsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> ListUsersParams.builder().orderBy("password").build())
        .hasMessage("orderBy must be a user field with an optional + or - prefix");
    assertThatThrownBy(() -> ListUsersParams.builder().emailAddress("").build())
        .hasMessage("emailAddress must not contain empty values");
    assertThatThrownBy(() -> ListUsersParams.builder()
        .userId(Collections.nCopies(101, "user_x").toArray(new String[0])).build())
        .hasMessage("userId accepts at most 100 values");
    assertThatThrownBy(() -> ListUsersParams.builder().limit(0).build())
        .hasMessage("limit must be between 1 and 500");
    assertThatThrownBy(() -> ListUsersParams.builder().offset(-1).build())
        .hasMessage("offset must not be negative");
    assertThat(ListUsersParams.builder().orderBy("-last_sign_in_at").externalId("-x").build()
        .getExternalIds()).containsExactly("-x");
  }

  @Test
  void userParamsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateUserParams.builder().password("").build())
        .hasMessage("password must not be empty");
    assertThatThrownBy(() -> UpdateUserParams.builder().build())
        .hasMessage("at least one field is required");
    assertThatThrownBy(() -> UpdateUserMetadataParams.builder().build())
        .hasMessage("at least one metadata map is required");
  }

  @Test
  void userParamsNeverShowThePassword() {
    assertThat(CreateUserParams.builder().password("hunter22").build().toString())
        .doesNotContain("hunter22");
    assertThat(UpdateUserParams.builder().password("hunter22").build().toString())
        .doesNotContain("hunter22");
  }

  @Test
  void sessionParamsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> ListSessionsParams.builder().status("active").build())
        .hasMessage("clientId or userId is required");
    assertThatThrownBy(() -> ListSessionsParams.builder().userId("user_x").limit(501).build())
        .hasMessage("limit must be between 1 and 500");
    assertThatThrownBy(() -> RefreshSessionParams.builder().build())
        .hasMessage("expiredToken is required");
    assertThatThrownBy(() -> RefreshSessionParams.builder().expiredToken("a").build())
        .hasMessage("refreshToken is required");
    assertThatThrownBy(() -> RefreshSessionParams.builder().expiredToken("a").refreshToken("b").build())
        .hasMessage("requestOrigin is required");
  }

  @Test
  void refreshSessionParamsNeverShowTheTokens() {
    String text = RefreshSessionParams.builder().expiredToken("eyJexpired").refreshToken("r-secret")
        .requestOrigin("https://app.example.com").build().toString();

    assertThat(text).doesNotContain("eyJexpired").doesNotContain("r-secret")
        .contains("https://app.example.com");
  }

  @Test
  void organizationParamsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateOrganizationParams.builder().build()).hasMessage("name is required");
    assertThatThrownBy(() -> CreateOrganizationParams.builder().name("A").maxAllowedMemberships(-1).build())
        .hasMessage("maxAllowedMemberships must not be negative");
    assertThatThrownBy(() -> UpdateOrganizationParams.builder().build())
        .hasMessage("at least one field is required");
    assertThatThrownBy(() -> UpdateOrganizationParams.builder().maxAllowedMemberships(-2).build())
        .hasMessage("maxAllowedMemberships must not be negative");
    assertThatThrownBy(() -> UpdateOrganizationMetadataParams.builder().build())
        .hasMessage("at least one metadata map is required");
    assertThatThrownBy(() -> ListOrganizationsParams.builder().limit(501).build())
        .hasMessage("limit must be between 1 and 500");
    assertThatThrownBy(() -> ListOrganizationMembershipsParams.builder().limit(5).build())
        .hasMessage("organizationId is required");
  }

  @Test
  void membershipParamsRequireEveryField() {
    assertThatThrownBy(() -> OrganizationMembershipParams.builder().build())
        .hasMessage("organizationId is required");
    assertThatThrownBy(() -> OrganizationMembershipParams.builder().organizationId("org_1").build())
        .hasMessage("userId is required");
    assertThatThrownBy(() -> OrganizationMembershipParams.builder().organizationId("org_1")
        .userId("user_1").build()).hasMessage("role is required");
  }

  @Test
  void invitationParamsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateInvitationParams.builder().build())
        .hasMessage("emailAddress is required");
    assertThatThrownBy(() -> CreateInvitationParams.builder().emailAddress("a@example.com")
        .expiresInDays(366).build()).hasMessage("expiresInDays must be between 1 and 365");
    assertThatThrownBy(() -> ListInvitationsParams.builder().offset(-1).build())
        .hasMessage("offset must not be negative");
  }

  @Test
  void paramsCopyTheCallersMaps() {
    Map<String, Object> metadata = new java.util.HashMap<>(Map.of("a", 1));
    CreateOrganizationParams params = CreateOrganizationParams.builder().name("A")
        .publicMetadata(metadata).build();
    metadata.put("b", 2);

    assertThat(params.getPublicMetadata()).containsOnlyKeys("a");
    assertThatThrownBy(() -> params.getPublicMetadata().put("c", 3))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
