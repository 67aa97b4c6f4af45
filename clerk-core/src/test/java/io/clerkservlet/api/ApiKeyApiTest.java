package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.ApiKey;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.RecordedExchange;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiKeyApiTest {
  private static final String USER = "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ApiKeyApi api() {
    return clerk.client().apiKeys();
  }

  private ApiKey create(String name) {
    return api().create(CreateApiKeyParams.builder().name(name).subject(USER).build());
  }

  @Test
  void createReturnsTheSecretOnceAndSendsOnlyTheGivenFields() {
    ApiKey key = api().create(CreateApiKeyParams.builder().name("billing-service").subject(USER)
        .description("for billing").scopes(Arrays.asList("read", "write"))
        .claims(Collections.singletonMap("tier", "gold")).createdBy(USER)
        .secondsUntilExpiration(3600).build());

    assertThat(key.getId()).matches("ak_[0-9a-f]{32}");
    assertThat(key.getSecret()).startsWith("ak_");
    assertThat(key.getObject()).isEqualTo("api_key");
    assertThat(key.getType()).isEqualTo("api_key");
    assertThat(key.getScopes()).containsExactly("read", "write");
    assertThat(key.getClaims()).containsEntry("tier", "gold");
    assertThat(key.getCreatedBy()).isEqualTo(USER);
    assertThat(key.getDescription()).isEqualTo("for billing");
    assertThat(key.getExpiration()).isEqualTo(key.getCreatedAt() + 3_600_000L);
    assertThat(key.toString()).doesNotContain(key.getSecret());

    RecordedExchange minimal = clerkCall(() -> create("minimal-key"), "POST", "/api_keys");
    assertThat(minimal.getStatus()).isEqualTo(200);
    assertThat(minimal.getRequestBody())
        .isEqualTo("{\"name\":\"minimal-key\",\"subject\":\"" + USER + "\"}");
    assertThat(minimal.requestHeader("Authorization")).isEqualTo("Bearer " + clerk.fake().secretKey());
  }

  @Test
  void getReturnsTheKeyWithoutItsSecretAndGetSecretReturnsIt() {
    ApiKey created = create("lookup-key");

    ApiKey fetched = api().get(created.getId());
    assertThat(fetched.getName()).isEqualTo("lookup-key");
    assertThat(fetched.getSecret()).isNull();
    assertThat(api().getSecret(created.getId())).isEqualTo(created.getSecret());
    assertThat(clerk.fake().exchanges("GET", "/api_keys/" + created.getId() + "/secret")).hasSize(1);
  }

  @Test
  void listFiltersBySubjectAndHidesRevokedKeysUnlessAsked() {
    ApiKey first = create("first-key");
    create("second-key");
    api().create(CreateApiKeyParams.builder().name("other").subject(clerk.machine().getId()).build());
    api().revoke(RevokeApiKeyParams.builder().apiKeyId(first.getId()).build());

    PaginatedResourceResponse<ApiKey> valid = api().list(ListApiKeysParams.builder().subject(USER).build());
    assertThat(valid.getData()).extracting(ApiKey::getName).containsExactly("second-key");
    assertThat(valid.getTotalCount()).isEqualTo(1);

    PaginatedResourceResponse<ApiKey> all = api().list(ListApiKeysParams.builder().subject(USER)
        .includeInvalid(true).limit(1).offset(1).build());
    assertThat(all.getData()).extracting(ApiKey::getName).containsExactly("second-key");
    assertThat(all.getTotalCount()).isEqualTo(2);
    assertThat(clerk.fake().exchanges("GET", "/api_keys").get(1).getRawQuery())
        .isEqualTo("subject=" + USER + "&include_invalid=true&limit=1&offset=1");
  }

  @Test
  void updateChangesOnlyTheSentFields() {
    ApiKey created = api().create(CreateApiKeyParams.builder().name("mutable").subject(USER)
        .description("before").scopes(Collections.singletonList("read")).build());

    ApiKey updated = api().update(UpdateApiKeyParams.builder().apiKeyId(created.getId())
        .subject(USER).scopes(Arrays.asList("read", "admin")).secondsUntilExpiration(60).build());

    assertThat(updated.getScopes()).containsExactly("read", "admin");
    assertThat(updated.getDescription()).isEqualTo("before");
    assertThat(updated.getExpiration()).isNotNull();
    assertThat(api().get(created.getId()).getScopes()).containsExactly("read", "admin");
    assertThat(clerk.fake().exchanges("PATCH", "/api_keys/" + created.getId()).get(0).getRequestBody())
        .isEqualTo("{\"subject\":\"" + USER + "\",\"scopes\":[\"read\",\"admin\"],"
            + "\"seconds_until_expiration\":60}");
  }

  @Test
  void deleteRemovesTheKey() {
    ApiKey created = create("doomed-key");

    DeletedObject deleted = api().delete(created.getId());

    assertThat(deleted.getObject()).isEqualTo("api_key");
    assertThat(deleted.getId()).isEqualTo(created.getId());
    assertThat(deleted.isDeleted()).isTrue();
    assertNotFound(() -> api().get(created.getId()));
    assertNotFound(() -> api().verify(created.getSecret()));
  }

  @Test
  void revokeSendsAnExplicitNullReasonAndVerifyStillReturnsTheRevokedKey() {
    ApiKey created = create("revocable");

    ApiKey revoked = api().revoke(RevokeApiKeyParams.builder().apiKeyId(created.getId()).build());

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.getRevocationReason()).isNull();
    assertThat(clerk.fake().exchanges("POST", "/api_keys/" + created.getId() + "/revoke").get(0)
        .getRequestBody()).isEqualTo("{\"revocation_reason\":null}");
    ApiKey verified = api().verify(created.getSecret());
    assertThat(verified.isRevoked()).isTrue();
    assertThat(verified.getId()).isEqualTo(created.getId());
  }

  @Test
  void revokeRecordsTheReason() {
    ApiKey created = create("revocable");
    ApiKey revoked = api().revoke(RevokeApiKeyParams.builder().apiKeyId(created.getId())
        .revocationReason("leaked").build());
    assertThat(revoked.getRevocationReason()).isEqualTo("leaked");
    assertThat(api().get(created.getId()).getRevocationReason()).isEqualTo("leaked");
  }

  @Test
  void verifyReturnsTheKeyAndRecordsItsUse() {
    ApiKey created = create("verified-key");

    ApiKey verified = api().verify(created.getSecret());

    assertThat(verified.getId()).isEqualTo(created.getId());
    assertThat(verified.isRevoked()).isFalse();
    assertThat(verified.getLastUsedAt()).isNotNull();
    assertThat(verified.getSecret()).isNull();
    assertThat(clerk.fake().exchanges("POST", "/api_keys/verify").get(0).getRequestBody())
        .isEqualTo("{\"secret\":\"" + created.getSecret() + "\"}");
  }

  @Test
  void verifyWhenSecretUnknownThen404() {
    assertNotFound(() -> api().verify("ak_00000000000000000000000000000000"));
  }

  @Test
  void callsWithAWrongSecretKeyAre401() {
    try (ClerkClient wrong = ClerkClient.builder().apiUrl(clerk.fake().apiUrl())
        .secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.apiKeys().verify("ak_x"))
          .isInstanceOfSatisfying(ClerkApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCode()).isEqualTo("clerk_key_invalid");
          });
    }
  }

  @Test
  void callsWithoutASecretKeyFailBeforeAnyCall() {
    try (ClerkClient keyless = ClerkClient.builder().apiUrl(clerk.fake().apiUrl()).build()) {
      assertThatThrownBy(() -> keyless.apiKeys().get("ak_x"))
          .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Missing Clerk Secret Key");
    }
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void unsafeOrEmptyIdsAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> api().get("")).hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> api().delete("../users"))
        .hasMessage("Resource ID must not contain path traversal segments or separators.");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void paramsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateApiKeyParams.builder().subject(USER).build())
        .hasMessage("name is required");
    assertThatThrownBy(() -> CreateApiKeyParams.builder().name("n").build())
        .hasMessage("subject is required");
    assertThatThrownBy(() -> CreateApiKeyParams.builder().name("n").subject(USER)
        .secondsUntilExpiration(0).build()).hasMessage("secondsUntilExpiration must be positive");
    assertThatThrownBy(() -> ListApiKeysParams.builder().build()).hasMessage("subject is required");
    assertThatThrownBy(() -> ListApiKeysParams.builder().subject(USER).limit(101).build())
        .hasMessage("limit must be between 1 and 100");
    assertThatThrownBy(() -> ListApiKeysParams.builder().subject(USER).offset(-1).build())
        .hasMessage("offset must not be negative");
    assertThatThrownBy(() -> UpdateApiKeyParams.builder().subject(USER).build())
        .hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> UpdateApiKeyParams.builder().apiKeyId("ak_1").build())
        .hasMessage("subject is required");
    assertThatThrownBy(() -> UpdateApiKeyParams.builder().apiKeyId("ak_1").subject(USER)
        .secondsUntilExpiration(-5).build()).hasMessage("secondsUntilExpiration must be positive");
    assertThatThrownBy(() -> RevokeApiKeyParams.builder().build())
        .hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> api().verify("")).hasMessage("secret is required");
  }

  private RecordedExchange clerkCall(Runnable call, String method, String path) {
    clerk.fake().clearExchanges();
    call.run();
    return clerk.fake().exchanges(method, path).get(0);
  }

  private static void assertNotFound(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(404));
  }
}
