package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.model.Invitation;
import io.clerkservlet.testing.ClerkFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvitationApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private InvitationApi invitations() {
    return clerk.client().invitations();
  }

  @Test
  void createSendsTheSetFieldsAndAnswersAPendingInvitation() {
    Invitation created = invitations().createInvitation(CreateInvitationParams.builder()
        .emailAddress("new@example.com").redirectUrl("https://app.example.com/sign-up")
        .publicMetadata(Map.of("team", "blue")).notify(false).expiresInDays(7).build());

    assertThat(created.getId()).startsWith("inv_");
    assertThat(created.getEmailAddress()).isEqualTo("new@example.com");
    assertThat(created.getStatus()).isEqualTo("pending");
    assertThat(created.isRevoked()).isFalse();
    assertThat(created.getPublicMetadata()).containsEntry("team", "blue");
    assertThat(created.getExpiresAt()).isEqualTo(created.getCreatedAt() + 7L * 24 * 3600 * 1000);
    assertThat(clerk.fake().exchanges("POST", "/v1/invitations").get(0).getRequestBody())
        .isEqualTo("{\"email_address\":\"new@example.com\",\"redirect_url\":"
            + "\"https://app.example.com/sign-up\",\"public_metadata\":{\"team\":\"blue\"},"
            + "\"notify\":false,\"expires_in_days\":7}");
  }

  @Test
  void createForAnAddressWithAPendingInvitationFailsUnlessIgnoreExisting() {
    CreateInvitationParams params = CreateInvitationParams.builder().emailAddress("a@example.com").build();
    invitations().createInvitation(params);

    assertThatThrownBy(() -> invitations().createInvitation(params))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
    assertThat(invitations().createInvitation(CreateInvitationParams.builder()
        .emailAddress("a@example.com").ignoreExisting(true).build()).getStatus()).isEqualTo("pending");
  }

  @Test
  void listFiltersByStatusAndQueryNewestFirst() {
    Invitation first = invitations().createInvitation(
        CreateInvitationParams.builder().emailAddress("ada@example.com").build());
    Invitation second = invitations().createInvitation(
        CreateInvitationParams.builder().emailAddress("alan@example.com").build());
    invitations().revokeInvitation(first.getId());

    assertThat(invitations().getInvitationList().getData()).extracting(Invitation::getId)
        .containsExactly(second.getId(), first.getId());
    assertThat(invitations().getInvitationList(ListInvitationsParams.builder().status("pending")
        .build()).getData()).extracting(Invitation::getId).containsExactly(second.getId());
    assertThat(invitations().getInvitationList(ListInvitationsParams.builder().query("ADA")
        .limit(5).build()).getData()).extracting(Invitation::getId).containsExactly(first.getId());
    assertThat(clerk.fake().exchanges("GET", "/v1/invitations").get(2).getRawQuery())
        .isEqualTo("query=ADA&limit=5");
  }

  @Test
  void revokeAnswersTheRevokedInvitation() {
    Invitation created = invitations().createInvitation(
        CreateInvitationParams.builder().emailAddress("a@example.com").build());

    Invitation revoked = invitations().revokeInvitation(created.getId());

    assertThat(revoked.getId()).isEqualTo(created.getId());
    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.getStatus()).isEqualTo("revoked");
  }

  @Test
  void revokeWhenUnknownThen404() {
    assertThatThrownBy(() -> invitations().revokeInvitation("inv_unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }
}
