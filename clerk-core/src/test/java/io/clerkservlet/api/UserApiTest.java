package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.model.User;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.RecordedExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private UserApi users() {
    return clerk.client().users();
  }

  @Test
  void createThenGetRoundTripsEveryCommonField() {
    User created = users().createUser(CreateUserParams.builder()
        .emailAddress("ada@example.com", "ada@work.example").firstName("Ada").lastName("Lovelace")
        .username("ada").password("correct-horse-battery").externalId("ext-1")
        .publicMetadata(Map.of("plan", "pro")).privateMetadata(Map.of("stripe", "cus_1"))
        .unsafeMetadata(Map.of("theme", "dark")).build());

    User fetched = users().getUser(created.getId());
    assertThat(fetched.getId()).startsWith("user_").isEqualTo(created.getId());
    assertThat(fetched.getFirstName()).isEqualTo("Ada");
    assertThat(fetched.getLastName()).isEqualTo("Lovelace");
    assertThat(fetched.getUsername()).isEqualTo("ada");
    assertThat(fetched.getExternalId()).isEqualTo("ext-1");
    assertThat(fetched.isPasswordEnabled()).isTrue();
    assertThat(fetched.getImageUrl()).isNotEmpty();
    assertThat(fetched.getEmailAddresses()).hasSize(2);
    assertThat(fetched.getPrimaryEmailAddress().getEmailAddress()).isEqualTo("ada@example.com");
    assertThat(fetched.getPrimaryEmailAddress().getVerificationStatus()).isEqualTo("verified");
    assertThat(fetched.getPublicMetadata()).containsEntry("plan", "pro");
    assertThat(fetched.getPrivateMetadata()).containsEntry("stripe", "cus_1");
    assertThat(fetched.getUnsafeMetadata()).containsEntry("theme", "dark");
    assertThat(fetched.getCreatedAt()).isPositive();
    assertThat(fetched.toString()).doesNotContain("ada@example.com");
  }

  @Test
  void createSendsOnlyTheSetFieldsInSnakeCase() {
    users().createUser(CreateUserParams.builder().emailAddress("a@example.com").firstName("A").build());

    RecordedExchange call = clerk.fake().exchanges("POST", "/v1/users").get(0);
    assertThat(call.getStatus()).isEqualTo(200);
    assertThat(call.getRequestBody())
        .isEqualTo("{\"email_address\":[\"a@example.com\"],\"first_name\":\"A\"}");
    assertThat(call.requestHeader("Authorization")).isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void getUserWhenUnknownThen404() {
    assertThatThrownBy(() -> users().getUser("user_unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(404);
          assertThat(e.getCode()).isEqualTo("resource_not_found");
        });
  }

  @Test
  void callsWithAWrongSecretKeyAre401ClerkKeyInvalid() {
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    try (ClerkClient wrong = clerk.clientBuilder().secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.users().getUser(id))
          .isInstanceOfSatisfying(ClerkApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCode()).isEqualTo("clerk_key_invalid");
          });
    }
  }

  @Test
  void getUserListFiltersPagesAndAsksForTheTotalCount() {
    String ada = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    clerk.fake().createUser("alan@example.com", "Alan", "Turing");
    clerk.fake().createUser("grace@example.com", "Grace", "Hopper");

    PaginatedResourceResponse<User> page = users().getUserList(ListUsersParams.builder()
        .orderBy("+created_at").limit(2).build());
    assertThat(page.getData()).hasSize(2);
    assertThat(page.getData().get(0).getId()).isEqualTo(ada);
    assertThat(page.getTotalCount()).isEqualTo(3);

    PaginatedResourceResponse<User> filtered = users().getUserList(ListUsersParams.builder()
        .emailAddress("ada@example.com", "grace@example.com").userId("-" + ada).build());
    assertThat(filtered.getData()).extracting(User::getFirstName).containsExactly("Grace");
    assertThat(filtered.getTotalCount()).isEqualTo(1);
    assertThat(users().getUserList(ListUsersParams.builder().query("TURING").build()).getData())
        .extracting(User::getLastName).containsExactly("Turing");

    RecordedExchange list = clerk.fake().exchanges("GET", "/v1/users").get(1);
    assertThat(list.getRawQuery()).isEqualTo("email_address=ada%40example.com"
        + "&email_address=grace%40example.com&user_id=-" + ada);
  }

  @Test
  void getCountCountsTheMatchingUsers() {
    clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    clerk.fake().createUser("alan@example.com", "Alan", "Turing");

    assertThat(users().getCount()).isEqualTo(2);
    assertThat(users().getCount(ListUsersParams.builder().query("alan").build())).isEqualTo(1);
    assertThat(clerk.fake().exchanges("GET", "/v1/users/count")).hasSize(2);
  }

  @Test
  void updateUserChangesFieldsAndNeverSendsMetadata() {
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");

    User updated = users().updateUser(id, UpdateUserParams.builder().firstName("Augusta")
        .username("augusta").externalId("ext-9").build());

    assertThat(updated.getFirstName()).isEqualTo("Augusta");
    assertThat(updated.getUsername()).isEqualTo("augusta");
    assertThat(updated.getExternalId()).isEqualTo("ext-9");
    assertThat(updated.getLastName()).isEqualTo("Lovelace");
    assertThat(clerk.fake().exchanges("PATCH", "/v1/users/" + id).get(0).getRequestBody())
        .isEqualTo("{\"first_name\":\"Augusta\",\"username\":\"augusta\",\"external_id\":\"ext-9\"}");
  }

  @Test
  void updateUserMetadataDeepMergesAndNullRemovesAKey() {
    String id = users().createUser(CreateUserParams.builder().emailAddress("a@example.com")
        .publicMetadata(Map.of("plan", "pro", "limits", Map.of("seats", 3, "storage", 10)))
        .build()).getId();
    Map<String, Object> patch = new HashMap<>();
    patch.put("plan", null);
    patch.put("limits", Map.of("seats", 5));

    User updated = users().updateUserMetadata(id, UpdateUserMetadataParams.builder()
        .publicMetadata(patch).privateMetadata(Map.of("note", "vip")).build());

    assertThat(updated.getPublicMetadata()).doesNotContainKey("plan")
        .containsEntry("limits", Map.of("seats", 5, "storage", 10));
    assertThat(updated.getPrivateMetadata()).containsEntry("note", "vip");
    assertThat(clerk.fake().exchanges("PATCH", "/v1/users/" + id + "/metadata")).hasSize(1);
  }

  @Test
  void fakeRefusesMetadataInTheUserPatchBodyWith422() throws Exception {
    clerk.skipContractCheck();
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    HttpRequest request = HttpRequest.newBuilder(URI.create(clerk.fake().apiUrl() + "/v1/users/" + id))
        .header("Authorization", "Bearer " + clerk.fake().secretKey())
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"public_metadata\":{\"a\":1}}"))
        .build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("form_param_unknown").contains("public_metadata");
  }

  @Test
  void deleteUserAnswersADeletedObjectAndForgetsTheUser() {
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");

    DeletedObject deleted = users().deleteUser(id);

    assertThat(deleted.getObject()).isEqualTo("user");
    assertThat(deleted.getId()).isEqualTo(id);
    assertThat(deleted.isDeleted()).isTrue();
    assertThatThrownBy(() -> users().getUser(id)).isInstanceOf(ClerkApiException.class);
  }

  @Test
  void banAndUnbanFlipBannedAndBanRevokesTheUsersSessions() {
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");
    String sessionId = clerk.fake().createSession(id).getSessionId();

    assertThat(users().banUser(id).isBanned()).isTrue();
    assertThat(clerk.client().sessions().getSession(sessionId).getStatus()).isEqualTo("revoked");
    assertThat(users().unbanUser(id).isBanned()).isFalse();
  }

  @Test
  void lockAndUnlockFlipLocked() {
    String id = clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");

    assertThat(users().lockUser(id).isLocked()).isTrue();
    assertThat(users().getUser(id).isLocked()).isTrue();
    assertThat(users().unlockUser(id).isLocked()).isFalse();
    assertThat(clerk.fake().exchanges("POST", "/v1/users/" + id + "/lock").get(0).getRequestBody())
        .isEmpty();
  }

  @Test
  void createWithATakenEmailIs422FormIdentifierExists() {
    clerk.fake().createUser("ada@example.com", "Ada", "Lovelace");

    assertThatThrownBy(() -> users().createUser(CreateUserParams.builder()
        .emailAddress("ADA@example.com").build()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(422);
          assertThat(e.getCode()).isEqualTo("form_identifier_exists");
        });
  }

  @Test
  void unsafeIdsAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> users().getUser("../jwks"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> users().deleteUser(""))
        .hasMessage("A valid resource ID is required.");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }
}
