package io.clerkservlet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.contract.ContractTokens.Kind;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * The 401 / 500 / 503 split in a real container: a bad token is the caller's (401), Clerk
 * unreachable or failing is an outage (503 with {@code Retry-After}), and our own configuration
 * (a secret key Clerk rejects, no key for a JWT-format M2M token) is answered 500 without
 * {@code Retry-After} and logged SEVERE once on {@code io.clerkservlet.config}.
 */
public abstract class FailureAnswersContract extends AuthenticationContract {
  private static final String CONFIG_LOGGER = "io.clerkservlet.config";

  @Test
  void misconfiguredWhenClerkRejectsTheSecretKeyThen500WithoutRetryAfterAndOneSevereLine() {
    try (LogRecords log = new LogRecords(CONFIG_LOGGER)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> r = get("/badkey/echo", "Authorization", "Bearer " + tokens.session(),
            "Accept", "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
        assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
        JsonNode body = ContractClient.json(r);
        assertThat(body.get("error").asText()).isEqualTo("server_misconfigured");
        assertThat(body.get("reason").asText()).isEqualTo("secret-key-invalid");
      }
      assertThat(log.messages(Level.SEVERE)).singleElement().asString()
          .contains("the secret key was rejected by Clerk (secret-key-invalid): check secretKey (")
          .contains("CLERK_SECRET_KEY").doesNotContain(REJECTED_SECRET_KEY);
    }
  }

  @Test
  void misconfiguredWhenJwtM2mTokenAndOnlyMachineSecretKeyThen500WhileOpaqueM2mIsAccepted() {
    HttpResponse<String> r = get("/m2monly/echo", "Authorization", "Bearer " + tokens.token(Kind.M2M_JWT),
        "Accept", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
    assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    assertThat(ContractClient.json(r).get("reason").asText()).isEqualTo("token-verification-failed");
    assertThat(echo("/m2monly/echo", tokens.token(Kind.M2M_OPAQUE)).at("/principal").asText())
        .isEqualTo(tokens.machine().getId());
  }

  @Test
  void outageWhenClerkAnswers503ThenStays503WithRetryAfterAndNothingLogged() {
    try (LogRecords log = new LogRecords(CONFIG_LOGGER)) {
      fake.faults().failNext(1, 503, "/api_keys/verify");
      HttpResponse<String> r = get("/api_key/echo", "Authorization", "Bearer " + tokens.token(Kind.API_KEY),
          "Accept", "application/json");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(ContractClient.json(r).get("error").asText()).isEqualTo("service_unavailable");
      assertThat(log.messages(Level.SEVERE)).isEmpty();
    } finally {
      fake.faults().clear();
    }
  }
}
