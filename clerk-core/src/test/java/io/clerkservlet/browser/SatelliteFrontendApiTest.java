package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 rule 4: the publishable key is parsed with {@code {proxyUrl, domain, isSatellite}} as in
 * {@code @clerk/backend}, so a production satellite's Frontend API is {@code clerk.<domain>} and it
 * decides which session cookies belong to the instance; a development satellite keeps the key's.
 * The expected outcomes are {@code @clerk/backend} 3.25.0's for the same cookies.
 */
class SatelliteFrontendApiTest {
  private static final String SATELLITE = "http://example.com/path";
  private static final String DOMAIN = "satellite.example.test";
  private static final String SIGN_IN = "https://primary.example.test/sign-in";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClerkClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @ParameterizedTest(name = "production={0}, issuer={1}, expired={2} -> {3} {4}")
  @CsvSource({
      "true, domain, false, signed-in, ",
      "true, key, false, signed-out, session-token-and-uat-missing",
      "true, key, true, signed-out, session-token-and-uat-missing",
      "true, domain, true, handshake, session-token-iat-before-client-uat",
      "false, domain, false, signed-out, session-token-and-uat-missing",
      "false, key, false, handshake, dev-browser-missing",
      "false, key, true, handshake, dev-browser-missing",
      "false, domain, true, signed-out, session-token-and-uat-missing"})
  void whenSatelliteHasADomainThenItsFrontendApiDecidesWhoseSessionCookieItIs(boolean production, String issuer,
      boolean expired, String status, String reason) {
    String iss = "https://" + (issuer.equals("domain") ? "clerk." + DOMAIN : clerk.fake().frontendApi());
    Instant issuedAt = expired ? Instant.now().minusSeconds(700) : Instant.now().minusSeconds(1);
    String session = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz").claim("iss", iss)
        .issuedAt(issuedAt).lifetime(Duration.ofSeconds(100)).sign();

    RequestState state = satellite(production).authenticateRequest(Browser.page(SATELLITE)
        .cookie("__session", session).cookie("__client_uat", String.valueOf(Instant.now().getEpochSecond() - 5))
        .build());

    assertThat(state.getStatus().getValue()).isEqualTo(status);
    assertThat(state.getReason()).isEqualTo(reason);
  }

  @Test
  void whenProductionSatelliteHandshakesThenItGoesToClerkOfTheDomainAndDevelopmentToTheKeys() {
    RequestState production = satellite(true).authenticateRequest(Browser.page(SATELLITE)
        .cookie("__client_uat", "1").build());
    close();
    RequestState development = satellite(false).authenticateRequest(Browser.page(SATELLITE)
        .cookie("__client_uat", "1").cookie("__clerk_db_jwt", "dvb_1").build());

    assertThat(Browser.header(production.getHeaders(), "Location"))
        .startsWith("https://clerk." + DOMAIN + "/v1/client/handshake?");
    assertThat(Browser.header(development.getHeaders(), "Location"))
        .startsWith("https://" + clerk.fake().frontendApi() + "/v1/client/handshake?");
  }

  private ClerkClient satellite(boolean production) {
    String pk = production ? clerk.fake().productionPublishableKey() : clerk.fake().publishableKey();
    client = clerk.clientBuilder().publishableKey(pk).isSatellite(true).domain(DOMAIN).signInUrl(SIGN_IN).build();
    return client;
  }
}
