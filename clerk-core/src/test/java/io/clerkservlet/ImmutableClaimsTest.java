package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.api.CreateApiKeyParams;
import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.auth.AuthorizationParams;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.TokenKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What verification hands out (cached or not) refuses every change, so no request reaches another. */
class ImmutableClaimsTest {
  private static final AuthorizationParams ADMIN = AuthorizationParams.builder().role("org:admin").build();

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private String memberToken() {
    return clerk.fake().tokens().sessionToken(TokenKind.USER).organization("org_1", "acme", "member")
        .factorVerificationAge(3, -1).lifetime(Duration.ofMinutes(5)).sign();
  }

  private static RequestState authenticate(ClerkClient client, String token) {
    return client.authenticateRequest(
        ClerkRequest.builder("GET", "https://api.example.com/").header("Authorization", "Bearer " + token).build(),
        AuthenticateRequestOptions.builder().acceptsToken(AcceptsToken.any()).build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nested(Map<String, Object> claims, String name) {
    return (Map<String, Object>) claims.get(name);
  }

  /** Ways of changing a claims map, its nested maps and its lists. */
  @SuppressWarnings("unchecked")
  static Stream<Named<Consumer<Map<String, Object>>>> mutations() {
    return Stream.of(
        mutation("o.put(rol, admin)", c -> nested(c, "o").put("rol", "admin")),
        mutation("o.remove(rol)", c -> nested(c, "o").remove("rol")),
        mutation("o entry setValue", c -> nested(c, "o").entrySet().iterator().next().setValue("admin")),
        mutation("o.replaceAll", c -> nested(c, "o").replaceAll((k, v) -> "admin")),
        mutation("put(o, ...)", c -> c.put("o", Collections.singletonMap("rol", "admin"))),
        mutation("clear()", Map::clear),
        mutation("fva.set", c -> ((List<Object>) c.get("fva")).set(0, 99)),
        mutation("fva.add", c -> ((List<Object>) c.get("fva")).add(99)),
        mutation("fva.removeIf", c -> ((List<Object>) c.get("fva")).removeIf(x -> true)));
  }

  private static Named<Consumer<Map<String, Object>>> mutation(String name, Consumer<Map<String, Object>> change) {
    return Named.of(name, change);
  }

  private void assertStillMember(String token) {
    AuthObject auth = authenticate(clerk.client(), token).toAuth();
    assertThat(auth.getOrgRole()).isEqualTo("org:member");
    assertThat(auth.has(ADMIN)).isFalse();
    assertThat(nested(clerk.client().verifyToken(token), "o")).containsEntry("rol", "member");
    assertThat(auth.getFactorVerificationAge()).containsExactly(3, -1);
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void whenClaimsFromVerifyTokenAreChangedThenUnsupportedAndALaterRequestSeesTheOriginal(
      Consumer<Map<String, Object>> mutation) {
    String token = memberToken();
    Map<String, Object> claims = clerk.client().verifyToken(token);
    assertThat(clerk.client().verifyToken(token)).isEqualTo(claims);
    assertThatThrownBy(() -> mutation.accept(claims)).isInstanceOf(UnsupportedOperationException.class);
    assertStillMember(token);
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void whenSessionClaimsOfTheAuthObjectAreChangedThenUnsupportedAndALaterRequestSeesTheOriginal(
      Consumer<Map<String, Object>> mutation) {
    String token = memberToken();
    Map<String, Object> claims = authenticate(clerk.client(), token).toAuth().getSessionClaims();
    assertThatThrownBy(() -> mutation.accept(claims)).isInstanceOf(UnsupportedOperationException.class);
    assertStillMember(token);
  }

  @Test
  void whenCachedMachineClaimsAndScopesAreChangedThenUnsupportedAndALaterRequestSeesTheOriginal() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("rol", "member");
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("o", org);
    claims.put("tags", new ArrayList<>(Arrays.asList("ci")));
    String apiKey = clerk.client().apiKeys().create(CreateApiKeyParams.builder().name("ci-pipeline").subject(TokenKind.USER)
        .claims(claims).scopes(Arrays.asList("read")).build()).getSecret();
    try (ClerkClient caching = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey())
        .machineTokenCacheTtl(Duration.ofMinutes(1)).build()) {
      AuthObject first = authenticate(caching, apiKey).toAuth();
      assertThatThrownBy(() -> nested(first.getClaims(), "o").put("rol", "admin"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> ((List<Object>) first.getClaims().get("tags")).add("prod"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> first.getScopes().add("admin")).isInstanceOf(UnsupportedOperationException.class);

      AuthObject later = authenticate(caching, apiKey).toAuth();
      assertThat(nested(later.getClaims(), "o")).containsExactly(Map.entry("rol", "member"));
      assertThat(later.getClaims().get("tags")).isEqualTo(List.of("ci"));
      assertThat(later.getScopes()).containsExactly("read");
    }
    assertThat(clerk.fake().exchanges("POST", "/api_keys/verify")).as("the later request was a cache hit")
        .hasSize(1);
  }

  @Test
  void whenTwoThreadsUseOneCachedTokenThenBothSeeEqualClaimsNeitherCanChange() throws Exception {
    String token = memberToken();
    Map<String, Object> expected = clerk.client().verifyToken(token);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Map<String, Object>>>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<Map<String, Object>> seen = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            Map<String, Object> claims = authenticate(clerk.client(), token).toAuth().getSessionClaims();
            assertThatThrownBy(() -> nested(claims, "o").put("rol", "admin"))
                .isInstanceOf(UnsupportedOperationException.class);
            seen.add(claims);
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<List<Map<String, Object>>> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS)).hasSize(50).allSatisfy(c -> assertThat(c).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(nested(expected, "o")).containsEntry("rol", "member");
  }
}
