package io.clerkservlet.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code has()} as @clerk/shared's createCheckAuthorization (reference §6.2), over v1 and v2 claims. */
class AuthorizationTest {
  private static Map<String, Object> v2Claims() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("id", "org_1");
    org.put("slg", "acme");
    org.put("rol", "admin");
    org.put("per", "read,manage");
    org.put("fpm", "3,2");
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    claims.put("v", 2);
    claims.put("o", org);
    claims.put("fea", "o:reservations,o:invoices,u:dashboard,uo:support-chat,o:impersonation");
    claims.put("pla", "u:pro,o:business");
    claims.put("fva", Arrays.asList(3, -1));
    return claims;
  }

  private static SignedInAuthObject v2() {
    return new SignedInAuthObject(v2Claims(), "token");
  }

  @Test
  void v2ClaimsMapToOrganizationFieldsAndFeaturePermissions() {
    SignedInAuthObject auth = v2();
    assertThat(auth.getOrgId()).isEqualTo("org_1");
    assertThat(auth.getOrgSlug()).isEqualTo("acme");
    assertThat(auth.getOrgRole()).isEqualTo("org:admin");
    assertThat(auth.getOrgPermissions()).containsExactly("org:reservations:read", "org:reservations:manage",
        "org:invoices:manage");
    assertThat(auth.getFactorVerificationAge()).containsExactly(3, -1);
  }

  @Test
  void v1ClaimsAreReadAsTheyAre() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "user_1");
    claims.put("org_id", "org_9");
    claims.put("org_role", "org:member");
    claims.put("org_slug", "nine");
    claims.put("org_permissions", List.of("org:sys_memberships:read"));
    SignedInAuthObject auth = new SignedInAuthObject(claims, "t");
    assertThat(auth.getOrgRole()).isEqualTo("org:member");
    assertThat(auth.hasPermission("sys_memberships:read")).isTrue();
    assertThat(auth.hasRole("member")).isTrue();
    assertThat(auth.hasRole("admin")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "role=admin, true", "role=org:admin, true", "role=org:org:admin, true", "role=member, false",
      "permission=reservations:read, true", "permission=org:invoices:manage, true", "permission=invoices:read, false",
      "feature=reservations, true", "feature=org:reservations, true", "feature=user:reservations, false",
      "feature=user:dashboard, true", "feature=org:dashboard, false", "feature=support-chat, true",
      "feature=u:support-chat, true", "feature=team:dashboard, false",
      "plan=pro, true", "plan=user:pro, true", "plan=org:pro, false", "plan=business, true",
      "feature=pro, false",
      "reverification=strict, true", "reverification=strict_mfa, true", "reverification=lax, true"})
  void hasEvaluatesOneDimension(String check, boolean expected) {
    assertThat(v2().has(params(check))).isEqualTo(expected);
  }

  static Stream<Arguments> combined() {
    return Stream.of(
        Arguments.of(AuthorizationParams.builder().role("admin").permission("reservations:read").build(), true),
        Arguments.of(AuthorizationParams.builder().role("admin").permission("nope").build(), false),
        Arguments.of(AuthorizationParams.builder().role("admin").feature("nope").build(), false),
        Arguments.of(AuthorizationParams.builder().feature("dashboard").plan("pro").build(), true),
        Arguments.of(AuthorizationParams.builder().build(), false));
  }

  @ParameterizedTest
  @MethodSource("combined")
  void hasNeedsOnePassingDimensionAndNoFailingOne(AuthorizationParams params, boolean expected) {
    assertThat(v2().has(params)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "fva [{0},{1}] {2}/{3}min -> {4}")
  @CsvSource({
      "5, 5, first_factor, 10, true", "10, 5, first_factor, 10, false",
      "5, 20, second_factor, 10, false", "20, 5, second_factor, 10, true", "5, -1, second_factor, 10, true",
      "-1, 5, second_factor, 10, true", "-1, -1, second_factor, 10, false",
      "5, 5, multi_factor, 10, true", "5, 20, multi_factor, 10, false", "5, -1, multi_factor, 10, true",
      "-1, 5, multi_factor, 10, false"})
  void reverificationFollowsTheFactorAgeRules(int f1, int f2, String level, int minutes, boolean expected) {
    Map<String, Object> claims = v2Claims();
    claims.put("fva", Arrays.asList(f1, f2));
    SignedInAuthObject auth = new SignedInAuthObject(claims, "t");
    assertThat(auth.has(AuthorizationParams.builder().reverification(level, minutes).build())).isEqualTo(expected);
  }

  @Test
  void missingOrMalformedDataFailsClosed() {
    Map<String, Object> noOrg = new LinkedHashMap<>();
    noOrg.put("sub", "user_1");
    SignedInAuthObject plain = new SignedInAuthObject(noOrg, "t");
    assertThat(plain.hasRole("admin")).isFalse();
    assertThat(plain.hasFeature("x")).isFalse();
    assertThat(plain.has(AuthorizationParams.builder().reverification("strict").build())).isFalse();

    Map<String, Object> badFea = v2Claims();
    badFea.put("fea", "nocolon");
    assertThat(new SignedInAuthObject(badFea, "t").hasFeature("nocolon")).isFalse();

    Map<String, Object> noSub = v2Claims();
    noSub.remove("sub");
    assertThat(new SignedInAuthObject(noSub, "t").hasRole("admin")).isFalse();
  }

  @Test
  void signedOutMachineAndInvalidObjectsNeverHaveAnything() {
    AuthorizationParams anything = AuthorizationParams.builder().role("admin").build();
    assertThat(SignedOutAuthObject.get().has(anything)).isFalse();
    assertThat(InvalidTokenAuthObject.get().has(anything)).isFalse();
  }

  @Test
  void paramsValidateReverificationInBuild() {
    assertThatThrownBy(() -> AuthorizationParams.builder().reverification("sometimes"))
        .hasMessage("Unknown reverification preset: sometimes");
    assertThatThrownBy(() -> AuthorizationParams.builder().reverification("third_factor", 5).build())
        .hasMessage("Unknown reverification level: third_factor");
    assertThatThrownBy(() -> AuthorizationParams.builder().reverification("first_factor", 0).build())
        .hasMessage("reverification afterMinutes must be positive");
  }

  private static AuthorizationParams params(String check) {
    String[] kv = check.split("=", 2);
    AuthorizationParams.Builder b = AuthorizationParams.builder();
    switch (kv[0]) {
      case "role":
        return b.role(kv[1]).build();
      case "permission":
        return b.permission(kv[1]).build();
      case "feature":
        return b.feature(kv[1]).build();
      case "plan":
        return b.plan(kv[1]).build();
      default:
        return b.reverification(kv[1]).build();
    }
  }
}
