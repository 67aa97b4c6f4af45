package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.TokenType;
import io.clerkservlet.auth.MachineAuthObject;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.auth.SignedOutAuthObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClerkPrincipalTest {
  private static SignedInAuthObject orgAdmin() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    claims.put("org_id", "org_1");
    claims.put("org_role", "org:admin");
    claims.put("org_permissions", Arrays.asList("org:invoices:read"));
    return new SignedInAuthObject(claims, "token");
  }

  private static MachineAuthObject machine() {
    return MachineAuthObject.authenticated(TokenType.M2M_TOKEN, "mt_x", "mt_1", "mch_1",
        Arrays.asList("mch_2", "read"), null, null, null);
  }

  @Test
  void ofWhenSessionThenNameIsUserIdAndOrgRoleMatchesWithOrWithoutPrefix() {
    ClerkPrincipal p = ClerkPrincipal.of(orgAdmin(), EnumSet.of(RoleSource.ORG_ROLE));
    assertThat(p.getName()).isEqualTo("user_1");
    assertThat(p.isUserInRole("org:admin")).isTrue();
    assertThat(p.isUserInRole("admin")).isTrue();
    assertThat(p.isUserInRole("org:member")).isFalse();
    assertThat(p.isUserInRole("org:invoices:read")).isFalse();
    assertThat(p.isUserInRole("**")).isTrue();
    assertThat(p.isUserInRole(null)).isFalse();
  }

  @Test
  void isUserInRoleWhenPermissionsChosenThenPermissionsMatch() {
    ClerkPrincipal p = ClerkPrincipal.of(orgAdmin(), EnumSet.of(RoleSource.ORG_PERMISSION));
    assertThat(p.isUserInRole("org:invoices:read")).isTrue();
    assertThat(p.isUserInRole("org:admin")).isFalse();
  }

  @Test
  void isUserInRoleWhenMachineThenOnlyScopesWhenChosen() {
    ClerkPrincipal scoped = ClerkPrincipal.of(machine(), EnumSet.of(RoleSource.SCOPE));
    assertThat(scoped.getName()).isEqualTo("mch_1");
    assertThat(scoped.isUserInRole("read")).isTrue();
    assertThat(scoped.isUserInRole("write")).isFalse();
    ClerkPrincipal orgOnly = ClerkPrincipal.of(machine(), EnumSet.of(RoleSource.ORG_ROLE));
    assertThat(orgOnly.isUserInRole("read")).isFalse();
  }

  @Test
  void isUserInRoleWhenOffThenOnlyAnyAuthenticated() {
    ClerkPrincipal p = ClerkPrincipal.of(orgAdmin(), Collections.<RoleSource>emptySet());
    assertThat(p.isUserInRole("org:admin")).isFalse();
    assertThat(p.isUserInRole("**")).isTrue();
  }

  @Test
  void getRoleNamesWhenOrgAdminThenRoleAndPermissionsWithAndWithoutPrefix() {
    ClerkPrincipal p = ClerkPrincipal.of(orgAdmin(), EnumSet.of(RoleSource.ORG_ROLE, RoleSource.ORG_PERMISSION));
    assertThat(p.getRoleNames()).containsExactly("org:admin", "admin", "org:invoices:read", "invoices:read");
    assertThat(p.getRoleNames()).allSatisfy(role -> assertThat(p.isUserInRole(role)).isTrue());
    assertThat(ClerkPrincipal.of(orgAdmin(), EnumSet.of(RoleSource.ORG_ROLE)).getRoleNames())
        .containsExactly("org:admin", "admin");
  }

  @Test
  void getRoleNamesWhenMachineThenScopesOnlyWhenChosen() {
    assertThat(ClerkPrincipal.of(machine(), EnumSet.allOf(RoleSource.class)).getRoleNames())
        .containsExactly("mch_2", "read");
    assertThat(ClerkPrincipal.of(machine(), EnumSet.of(RoleSource.ORG_ROLE)).getRoleNames()).isEmpty();
  }

  @Test
  void getRoleNamesWhenNoActiveOrganizationOrRolesOffThenEmpty() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    claims.put("org_role", "org:admin");
    SignedInAuthObject noOrg = new SignedInAuthObject(claims, "token");
    assertThat(ClerkPrincipal.of(noOrg, EnumSet.allOf(RoleSource.class)).getRoleNames()).isEmpty();
    assertThat(ClerkPrincipal.of(orgAdmin(), Collections.<RoleSource>emptySet()).getRoleNames()).isEmpty();
  }

  @Test
  void ofWhenNotAuthenticatedThenNull() {
    assertThat(ClerkPrincipal.of(SignedOutAuthObject.get(), EnumSet.allOf(RoleSource.class))).isNull();
    assertThat(ClerkPrincipal.of(MachineAuthObject.unauthenticated(TokenType.API_KEY),
        EnumSet.allOf(RoleSource.class))).isNull();
    assertThat(ClerkPrincipal.of(null, EnumSet.allOf(RoleSource.class))).isNull();
  }

  @Test
  void responsesWhenChallengeBuiltThenRfc6750Shapes() {
    assertThat(Responses.challenge(false, "token-invalid")).isEqualTo("Bearer");
    assertThat(Responses.challenge(true, null)).isEqualTo("Bearer error=\"invalid_token\"");
    assertThat(Responses.challenge(true, "a\"b\\c\nd")).isEqualTo(
        "Bearer error=\"invalid_token\", error_description=\"abcd\"");
  }
}
