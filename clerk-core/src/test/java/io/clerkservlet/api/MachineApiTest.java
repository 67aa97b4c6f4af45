package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.model.Machine;
import io.clerkservlet.model.MachineScope;
import io.clerkservlet.model.MachineSecretKey;
import io.clerkservlet.model.PaginatedResourceResponse;
import io.clerkservlet.testing.ClerkFixture;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MachineApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private MachineApi api() {
    return clerk.client().machines();
  }

  private Machine create(String name) {
    return api().create(CreateMachineParams.builder().name(name).build());
  }

  @Test
  void createReturnsASecretKeyThatCreatesM2MTokensWithTheMachinesScopesAndTtl() {
    Machine created = api().create(CreateMachineParams.builder().name("reporting")
        .scopedMachines(Collections.singletonList(clerk.machine().getId())).defaultTokenTtl(120).build());

    assertThat(created.getObject()).isEqualTo("machine");
    assertThat(created.getId()).matches("mch_\\w{27}");
    assertThat(created.getInstanceId()).startsWith("ins_");
    assertThat(created.getDefaultTokenTtl()).isEqualTo(120L);
    assertThat(created.getScopedMachines()).extracting(Machine::getId).containsExactly(clerk.machine().getId());
    assertThat(created.getSecretKey()).startsWith("ak_");
    assertThat(created.toString()).doesNotContain(created.getSecretKey());
    assertThat(clerk.fake().exchanges("POST", "/v1/machines").get(0).getRequestBody())
        .isEqualTo("{\"name\":\"reporting\",\"scoped_machines\":[\"" + clerk.machine().getId()
            + "\"],\"default_token_ttl\":120}");

    M2MToken token = m2mToken(created.getSecretKey());
    assertThat(token.getSubject()).isEqualTo(created.getId());
    assertThat(token.getScopes()).containsExactly(clerk.machine().getId());
    assertThat(token.getExpiration() - token.getCreatedAt()).isEqualTo(120_000L);
  }

  @Test
  void getReturnsTheMachineWithoutItsSecretKey() {
    Machine fetched = api().get(clerk.machine().getId());
    assertThat(fetched.getName()).isEqualTo("fixture-worker");
    assertThat(fetched.getSecretKey()).isNull();
    assertThat(fetched.getScopedMachines()).isEmpty();
    assertNotFound(() -> api().get("mch_unknown"));
  }

  @Test
  void listIsNewestFirstAndHonoursQueryOrderAndPaging() {
    create("beta-worker");
    create("alpha-worker");

    PaginatedResourceResponse<Machine> all = api().list();
    assertThat(all.getData()).extracting(Machine::getName)
        .containsExactly("alpha-worker", "beta-worker", "fixture-worker");
    assertThat(all.getTotalCount()).isEqualTo(3);

    PaginatedResourceResponse<Machine> byName = api().list(ListMachinesParams.builder()
        .query("WORKER").orderBy("+name").limit(2).offset(1).build());
    assertThat(byName.getData()).extracting(Machine::getName).containsExactly("beta-worker", "fixture-worker");
    assertThat(byName.getTotalCount()).isEqualTo(3);
    assertThat(clerk.fake().exchanges("GET", "/v1/machines").get(1).getRawQuery())
        .isEqualTo("query=WORKER&limit=2&offset=1&order_by=%2Bname");

    assertThat(api().list(ListMachinesParams.builder().query("alpha").build()).getData()).hasSize(1);
  }

  @Test
  void updateChangesNameAndTtl() {
    Machine created = create("old-name");

    Machine updated = api().update(UpdateMachineParams.builder().machineId(created.getId())
        .name("new-name").defaultTokenTtl(60).build());

    assertThat(updated.getName()).isEqualTo("new-name");
    assertThat(updated.getDefaultTokenTtl()).isEqualTo(60L);
    assertThat(api().get(created.getId()).getName()).isEqualTo("new-name");
    assertThat(clerk.fake().exchanges("PATCH", "/v1/machines/" + created.getId()).get(0).getRequestBody())
        .isEqualTo("{\"name\":\"new-name\",\"default_token_ttl\":60}");
  }

  @Test
  void deleteRemovesTheMachineAndItsKeyStopsWorking() {
    Machine created = create("doomed");

    DeletedObject deleted = api().delete(created.getId());

    assertThat(deleted.getObject()).isEqualTo("machine");
    assertThat(deleted.getId()).isEqualTo(created.getId());
    assertThat(deleted.isDeleted()).isTrue();
    assertNotFound(() -> api().get(created.getId()));
    assertMachineKeyRefused(created.getSecretKey());
  }

  @Test
  void getSecretKeyReturnsTheCurrentKey() {
    MachineSecretKey key = api().getSecretKey(clerk.machine().getId());
    assertThat(key.getObject()).isEqualTo("machine_secret_key");
    assertThat(key.getSecret()).isEqualTo(clerk.machine().getSecretKey());
    assertThat(key.toString()).doesNotContain(key.getSecret());
  }

  @Test
  void rotateWithNoGraceMakesTheOldKeyStopWorkingAtOnce() {
    String oldKey = clerk.machine().getSecretKey();

    MachineSecretKey rotated = api().rotateSecretKey(RotateMachineSecretKeyParams.builder()
        .machineId(clerk.machine().getId()).previousTokenTtl(0).build());

    assertThat(rotated.getSecret()).startsWith("ak_").isNotEqualTo(oldKey);
    assertThat(api().getSecretKey(clerk.machine().getId()).getSecret()).isEqualTo(rotated.getSecret());
    assertThat(clerk.fake().exchanges("POST", "/v1/machines/" + clerk.machine().getId()
        + "/secret_key/rotate").get(0).getRequestBody()).isEqualTo("{\"previous_token_ttl\":0}");
    assertMachineKeyRefused(oldKey);
    assertThat(m2mToken(rotated.getSecret()).getSubject()).isEqualTo(clerk.machine().getId());
  }

  @Test
  void rotateWithGraceKeepsTheOldKeyWorkingForAWhile() {
    String oldKey = clerk.machine().getSecretKey();
    api().rotateSecretKey(RotateMachineSecretKeyParams.builder()
        .machineId(clerk.machine().getId()).previousTokenTtl(3600).build());
    assertThat(m2mToken(oldKey).getSubject()).isEqualTo(clerk.machine().getId());
  }

  @Test
  void createScopeThenDeleteScopeChangesWhatTheMachineMayCall() {
    Machine target = create("target");
    String from = clerk.machine().getId();

    MachineScope scope = api().createScope(from, target.getId());
    assertThat(scope.getObject()).isEqualTo("machine_scope");
    assertThat(scope.getFromMachineId()).isEqualTo(from);
    assertThat(scope.getToMachineId()).isEqualTo(target.getId());
    assertThat(scope.getCreatedAt()).isNotNull();
    assertThat(api().get(from).getScopedMachines()).extracting(Machine::getId).containsExactly(target.getId());
    assertThatThrownBy(() -> api().createScope(from, target.getId()))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(409));

    MachineScope removed = api().deleteScope(from, target.getId());
    assertThat(removed.isDeleted()).isTrue();
    assertThat(removed.getToMachineId()).isEqualTo(target.getId());
    assertThat(api().get(from).getScopedMachines()).isEmpty();
    assertNotFound(() -> api().deleteScope(from, target.getId()));
  }

  @Test
  void createScopeToAnUnknownMachineIs404() {
    assertNotFound(() -> api().createScope(clerk.machine().getId(), "mch_unknown"));
  }

  @Test
  void callsWithAWrongSecretKeyAre401() {
    try (ClerkClient wrong = clerk.clientBuilder().secretKey("sk_test_wrong").build()) {
      assertThatThrownBy(() -> wrong.machines().list())
          .isInstanceOfSatisfying(ClerkApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCode()).isEqualTo("clerk_key_invalid");
          });
    }
  }

  @Test
  void paramsValidateInBuildWithExactMessages() {
    assertThatThrownBy(() -> CreateMachineParams.builder().build()).hasMessage("name is required");
    assertThatThrownBy(() -> CreateMachineParams.builder().name("").build())
        .hasMessage("name must be 1 to 255 characters");
    assertThatThrownBy(() -> CreateMachineParams.builder().name("n")
        .scopedMachines(Collections.nCopies(151, "mch_x")).build())
        .hasMessage("scopedMachines must have at most 150 machines");
    assertThatThrownBy(() -> CreateMachineParams.builder().name("n").defaultTokenTtl(0).build())
        .hasMessage("defaultTokenTtl must be between 1 and 315360000");
    assertThatThrownBy(() -> UpdateMachineParams.builder().build())
        .hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> UpdateMachineParams.builder().machineId("mch_1").name("x".repeat(256)).build())
        .hasMessage("name must be 1 to 255 characters");
    assertThatThrownBy(() -> RotateMachineSecretKeyParams.builder().machineId("mch_1").build())
        .hasMessage("previousTokenTtl is required");
    assertThatThrownBy(() -> RotateMachineSecretKeyParams.builder().machineId("mch_1")
        .previousTokenTtl(28_801).build()).hasMessage("previousTokenTtl must be between 0 and 28800");
    assertThatThrownBy(() -> RotateMachineSecretKeyParams.builder().previousTokenTtl(0).build())
        .hasMessage("A valid resource ID is required.");
    assertThatThrownBy(() -> ListMachinesParams.builder().orderBy("email").build())
        .hasMessage("orderBy must be name or created_at, optionally prefixed with + or -");
    assertThatThrownBy(() -> ListMachinesParams.builder().limit(0).build())
        .hasMessage("limit must be between 1 and 500");
    assertThatThrownBy(() -> api().createScope("mch_1", "")).hasMessage("toMachineId is required");
    assertThatThrownBy(() -> api().deleteScope("mch_1", "..")).isInstanceOf(IllegalArgumentException.class);
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  private M2MToken m2mToken(String machineSecretKey) {
    return clerk.client().m2mTokens().createToken(CreateM2MTokenParams.builder()
        .machineSecretKey(machineSecretKey).build());
  }

  private void assertMachineKeyRefused(String machineSecretKey) {
    assertThatThrownBy(() -> m2mToken(machineSecretKey))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> {
          assertThat(e.getStatus()).isEqualTo(401);
          assertThat(e.getCode()).isEqualTo("machine_secret_key_invalid");
        });
  }

  private static void assertNotFound(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(404));
  }
}
