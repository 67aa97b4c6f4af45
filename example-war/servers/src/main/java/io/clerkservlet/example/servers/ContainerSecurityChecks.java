package io.clerkservlet.example.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@link ExampleWarChecks} plus container-managed security (the WAR registers Clerk's Jakarta
 * Authentication module): {@code /secure/*} for {@code org:admin} by {@code <security-constraint>},
 * {@code /annotated/admin} by {@code @ServletSecurity}, {@code /machine/*} for the {@code read:orders}
 * scope, and where the server has an EJB container, an {@code @RolesAllowed} EJB seeing the Clerk caller.
 */
public abstract class ContainerSecurityChecks extends ExampleWarChecks {
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  /** True when the server runs the WAR's EJB ({@code /secure/ejb} answers 200), false for 501. */
  protected abstract boolean hasEjbContainer();

  @Test
  void secureWhenOrgAdminThen200AndTheContainerSeesTheClerkCallerAsTheFilterDoes() throws Exception {
    HttpResponse<String> r = get("/secure/whoami", clerk.adminSessionToken(LIFETIME));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, Object> body = json(r);
    Map<String, Object> expected = Map.of("principal", clerk.userId(), "remoteUser", clerk.userId(),
        "authType", "CLERK", "orgAdmin", true, "orgMember", false);
    assertThat(body.get("container")).isEqualTo(expected);
    assertThat(body.get("servlet")).as("behind the Clerk filter").isEqualTo(expected);
    assertThat(body).containsEntry("clerkUserId", clerk.userId());
    assertThat(r.headers().allValues("Set-Cookie")).as("no container session").isEmpty();
  }

  @Test
  void secureWhenMemberWithoutTheRoleThen403() throws Exception {
    assertThat(get("/secure/whoami", clerk.sessionToken(LIFETIME)).statusCode()).isEqualTo(403);
  }

  @Test
  void secureWhenNoTokenThen401BearerChallenge() throws Exception {
    HttpResponse<String> r = get("/secure/whoami", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void secureWhenClerkDownThen503() throws Exception {
    clerk.fake().faults().failNext(5, 503, "/m2m_tokens/verify");
    try {
      HttpResponse<String> r = get("/secure/whoami", clerk.m2mOpaqueToken());
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    } finally {
      clerk.fake().faults().clear();
    }
  }

  @Test
  void annotatedServletWhenOrgAdminThen200MemberThen403NoTokenThen401() throws Exception {
    HttpResponse<String> admin = get("/annotated/admin", clerk.adminSessionToken(LIFETIME));
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    assertThat(json(admin).get("container")).isEqualTo(Map.of("principal", clerk.userId(), "remoteUser",
        clerk.userId(), "authType", "CLERK", "orgAdmin", true, "orgMember", false));
    assertThat(get("/annotated/admin", clerk.sessionToken(LIFETIME)).statusCode()).isEqualTo(403);
    assertThat(get("/annotated/admin", null).statusCode()).isEqualTo(401);
  }

  @Test
  void machineAreaWhenTokenWithTheScopeThen200AndSessionThen403() throws Exception {
    HttpResponse<String> r = get("/machine/whoami", clerk.apiKey());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Map<String, Object> body = json(r);
    Map<String, Object> expected = Map.of("principal", clerk.userId(), "remoteUser", clerk.userId(),
        "authType", "CLERK", "orgAdmin", false, "orgMember", false);
    assertThat(body.get("container")).isEqualTo(expected);
    // the session-only Clerk filter on /* authenticates nobody here: its wrapper shows the container's caller
    assertThat(body.get("servlet")).isEqualTo(expected);
    assertThat(get("/machine/whoami", clerk.adminSessionToken(LIFETIME)).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  void redeployWhenThreeTimesThenProtectedEachTime() throws Exception {
    Path war = pathProperty("example.war");
    for (int round = 0; round < 3; round++) {
      server.undeploy();
      server.deploy(war);
      assertThat(get("/secure/whoami", clerk.adminSessionToken(LIFETIME)).statusCode()).as("round %d", round)
          .isEqualTo(200);
      assertThat(get("/secure/whoami", null).statusCode()).as("round %d", round).isEqualTo(401);
    }
    // the last check (undeployThenNoLeakWarningsInServerLog) reads the log of every round
  }

  @Test
  void ejbWhenOrgAdminThenCallerPrincipalIsTheClerkUserWhereThereIsAnEjbContainer() throws Exception {
    HttpResponse<String> r = get("/secure/ejb", clerk.adminSessionToken(LIFETIME));
    if (!hasEjbContainer()) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(501);
      return;
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r)).isEqualTo(Map.of("callerPrincipal", clerk.userId(), "orgAdmin", true, "orgMember", false));
  }
}
