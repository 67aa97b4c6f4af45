package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.model.Client;
import io.clerkservlet.model.HandshakePayload;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.FakeSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientApiTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClientApi clients() {
    return clerk.client().clients();
  }

  private FakeSession seed() {
    return clerk.fake().createSession(clerk.fake().createUser("ada@example.com", "Ada", "Lovelace"));
  }

  @Test
  void getClientReadsItsSessions() {
    FakeSession seeded = seed();

    Client client = clients().getClient(seeded.getClientId());

    assertThat(client.getId()).isEqualTo(seeded.getClientId());
    assertThat(client.getSessionIds()).containsExactly(seeded.getSessionId());
    assertThat(client.getSessions()).singleElement()
        .satisfies(s -> assertThat(s.getStatus()).isEqualTo("active"));
    assertThat(client.getLastActiveSessionId()).isEqualTo(seeded.getSessionId());
    assertThat(client.getSignInId()).isNull();
    assertThat(client.getCreatedAt()).isPositive();
  }

  @Test
  void getClientWhenUnknownThen404() {
    assertThatThrownBy(() -> clients().getClient("client_unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void verifyClientFindsTheClientOfAClientToken() {
    FakeSession seeded = seed();

    Client client = clients().verifyClient(seeded.getClientToken());

    assertThat(client.getId()).isEqualTo(seeded.getClientId());
    assertThat(clerk.fake().exchanges("POST", "/v1/clients/verify").get(0).getRequestBody())
        .isEqualTo("{\"token\":\"" + seeded.getClientToken() + "\"}");
  }

  @Test
  void verifyClientWhenTokenUnknownThen404() {
    assertThatThrownBy(() -> clients().verifyClient("not-a-client-token"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void getHandshakePayloadReadsTheDirectivesOfANonce() {
    clerk.fake().putHandshakePayload("nonce-1",
        List.of("__session=abc; Path=/", "__client_uat=1700000000; Path=/"));

    HandshakePayload payload = clients().getHandshakePayload("nonce-1");

    assertThat(payload.getDirectives())
        .containsExactly("__session=abc; Path=/", "__client_uat=1700000000; Path=/");
    assertThat(payload.toString()).doesNotContain("abc");
    assertThat(clerk.fake().exchanges("GET", "/v1/clients/handshake_payload").get(0).getRawQuery())
        .isEqualTo("nonce=nonce-1");
  }

  @Test
  void getHandshakePayloadWhenNonceUnknownThen404() {
    assertThatThrownBy(() -> clients().getHandshakePayload("nonce-unknown"))
        .isInstanceOfSatisfying(ClerkApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
  }

  @Test
  void emptyTokenOrNonceIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> clients().verifyClient("")).hasMessage("token is required");
    assertThatThrownBy(() -> clients().getHandshakePayload(null)).hasMessage("nonce is required");
    assertThat(clerk.fake().exchanges()).isEmpty();
  }
}
