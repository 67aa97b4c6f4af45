package io.clerkservlet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.contract.ContractTokens.Kind;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who is calling: every acceptsToken value with every token kind, both modes, 401, 503, principal, roles. */
public abstract class AuthenticationContract extends ContractBase {
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("routesAndKinds")
  void acceptsTokenWhenEachKindSentThenAcceptedExactlyWhenConfigured(String route, Kind kind) {
    boolean accepted = ACCEPTING.get(route).contains(kind.type());
    HttpResponse<String> r = get(route + "/echo", "Authorization", "Bearer " + tokens.token(kind));
    if (!accepted) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString()
          .startsWith("Bearer error=\"invalid_token\"");
      return;
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/auth/authenticated").asBoolean()).isTrue();
    assertThat(echo.at("/auth/tokenType").asText()).isEqualTo(kind.type().getValue());
    assertThat(echo.at("/principal").asText()).isEqualTo(tokens.principalName(kind));
    assertThat(echo.at("/principalIsClerk").asBoolean()).isTrue();
    assertThat(echo.at("/remoteUser").asText()).isEqualTo(tokens.principalName(kind));
    assertThat(echo.at("/authType").asText()).isEqualTo("CLERK");
  }

  @Test
  void requiredWhenNoTokenThen401BearerChallengeWithoutErrorAndNoServletCall() {
    HttpResponse<String> r = get("/session/echo");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("x-clerk-auth-status")).isEmpty();
  }

  @Test
  void requiredWhenClientAcceptsJsonThen401HasJsonBody() {
    HttpResponse<String> r = get("/session/echo", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    JsonNode body = ContractClient.json(r);
    assertThat(body.get("error").asText()).isEqualTo("unauthorized");
    assertThat(body.get("reason").asText()).isEqualTo("session-token-and-uat-missing");
  }

  @Test
  void requiredWhenTokenInvalidThen401WithInvalidTokenAndClerkReason() {
    HttpResponse<String> r = get("/session/echo", "Authorization", "Bearer not.a.jwt");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().allValues("WWW-Authenticate"))
        .containsExactly("Bearer error=\"invalid_token\", error_description=\"token-invalid\"");
  }

  @Test
  void requiredWhenClerkUnreachableThen503WithRetryAfter() {
    HttpResponse<String> r = get("/down/echo", "Authorization", "Bearer " + tokens.token(Kind.API_KEY),
        "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(ContractClient.json(r).get("error").asText()).isEqualTo("service_unavailable");
  }

  @Test
  void requiredWhenSessionJwtAndJwksUnreachableThen503() {
    HttpResponse<String> r = get("/down/echo", "Authorization", "Bearer " + tokens.session());
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
  }

  @Test
  void optionalWhenNoTokenThenServletDecidesWithSignedOutAuthAndDebugHeaders() {
    HttpResponse<String> r = get("/optional/echo");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode echo = ContractClient.json(r);
    assertThat(echo.at("/auth/authenticated").asBoolean()).isFalse();
    assertThat(echo.at("/principal").isNull()).isTrue();
    assertThat(echo.at("/state/status").asText()).isEqualTo("signed-out");
    assertThat(r.headers().firstValue("x-clerk-auth-status")).hasValue("signed-out");
    assertThat(r.headers().firstValue("x-clerk-auth-reason")).hasValue("session-token-and-uat-missing");
  }

  @Test
  void optionalWhenTokenInvalidThenServletStillRuns() {
    HttpResponse<String> r = get("/optional/echo", "Authorization", "Bearer ak_nonsense");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ContractClient.json(r).at("/state/reason").asText()).isNotEmpty();
  }

  @Test
  void attributeWhenSignedInThenAuthAndAliasAndStateAreExposed() {
    JsonNode echo = echo("/session/echo", tokens.session());
    assertThat(echo.at("/auth/userId").asText()).isEqualTo(tokens.userId());
    assertThat(echo.at("/aliasSame").asBoolean()).isTrue();
    assertThat(echo.at("/state/status").asText()).isEqualTo("signed-in");
    assertThat(echo.at("/dispatch").asText()).isEqualTo("REQUEST");
  }

  @Test
  void clerkAuthGetWhenFilterNotMappedThenIllegalStateNotSignedOut() {
    JsonNode echo = ContractClient.json(get("/plain/echo", "Authorization", "Bearer " + tokens.session()));
    assertThat(echo.at("/clerkAuthError").asText()).contains("ClerkAuthFilter").contains("not");
    assertThat(echo.at("/principal").isNull()).isTrue();
  }

  @Test
  void rolesWhenOrgRoleMappingThenOrgRoleWithOrWithoutPrefix() {
    JsonNode roles = echo("/session/echo?role=org:admin&role=admin&role=org:member&role=org:invoices:read",
        tokens.orgAdminSession()).get("roles");
    assertThat(roles.get("org:admin").asBoolean()).isTrue();
    assertThat(roles.get("admin").asBoolean()).isTrue();
    assertThat(roles.get("org:member").asBoolean()).isFalse();
    assertThat(roles.get("org:invoices:read").asBoolean()).isFalse();
  }

  @Test
  void rolesWhenPermissionMappingThenPermissionsOnly() {
    JsonNode roles = echo("/perm/echo?role=org:admin&role=org:invoices:read", tokens.orgAdminSession())
        .get("roles");
    assertThat(roles.get("org:invoices:read").asBoolean()).isTrue();
    assertThat(roles.get("org:admin").asBoolean()).isFalse();
  }

  @Test
  void rolesWhenScopeMappingThenMachineScopes() {
    JsonNode roles = echo("/any/echo?role=" + ContractTokens.SCOPE + "&role=write:orders",
        tokens.token(Kind.API_KEY)).get("roles");
    assertThat(roles.get(ContractTokens.SCOPE).asBoolean()).isTrue();
    assertThat(roles.get("write:orders").asBoolean()).isFalse();
  }

  @Test
  void rolesWhenOffThenNoRoleButAnyAuthenticated() {
    JsonNode roles = echo("/noroles/echo?role=org:admin&role=**", tokens.orgAdminSession()).get("roles");
    assertThat(roles.get("org:admin").asBoolean()).isFalse();
    assertThat(roles.get("**").asBoolean()).isTrue();
  }

  @Test
  void programmaticRegistrationWhenBuiltSettingsThenSameBehaviour() {
    assertThat(echo("/prog/echo", tokens.token(Kind.OAUTH_JWT)).at("/auth/tokenType").asText())
        .isEqualTo("oauth_token");
    assertThat(get("/prog/echo").statusCode()).isEqualTo(401);
  }

  @Test
  void sharedClientsWhenManyDeclarationsThenOnePerConfiguration() {
    assertThat(openClients()).as("one for the fake's keys, one for the unreachable URL, one for the rejected "
        + "secret key, one for the machine secret key alone").isEqualTo(4);
  }
}
