package io.clerkservlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.FakeSession;
import io.clerkservlet.testkit.RecordedExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refresh of an expired cookie session with {@code __refresh_<suffix>} (reference §1.9), against the fake. */
class SessionRefreshTest {
  private static final String APP = "http://app.example.test/dashboard";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  private ClerkClient client;
  private FakeSession session;
  private String suffix;

  @BeforeEach
  void setUp() {
    String pk = clerk.fake().productionPublishableKey();
    client = clerk.clientBuilder().publishableKey(pk).build();
    suffix = suffix(pk);
    String userId = clerk.fake().createUser("ada@example.test", "Ada", "Lovelace");
    session = clerk.fake().createSession(userId);
  }

  @AfterEach
  void close() {
    client.close();
  }

  static String suffix(String publishableKey) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(publishableKey.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sha1).replace('+', '-').replace('/', '_').substring(0, 8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String expired(String sessionId) {
    return clerk.fake().tokens().sessionToken(session.getUserId()).sessionId(sessionId)
        .issuedAt(Instant.now().minus(Duration.ofMinutes(5))).sign();
  }

  private Browser expiredBrowser() {
    return Browser.page(APP).cookie("__session", expired(session.getSessionId()))
        .cookie("__client_uat", Long.toString(Instant.now().getEpochSecond() - 600))
        .cookie("__refresh_" + suffix, session.getRefreshToken());
  }

  private List<RecordedExchange> refreshCalls() {
    return clerk.fake().exchanges("POST", "/v1/sessions/" + session.getSessionId() + "/refresh");
  }

  @Test
  void refreshWhenExpiredWithRefreshCookieThenSignedInWithSetCookie() {
    RequestState state = client.authenticateRequest(expiredBrowser().build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(state.toAuth().getSessionId()).isEqualTo(session.getSessionId());
    List<String> cookies = state.getHeaders().get("Set-Cookie");
    assertThat(cookies).hasSize(1);
    assertThat(cookies.get(0)).startsWith("__session=" + state.getToken() + ";");
    assertThat(refreshCalls()).hasSize(1);
    RecordedExchange call = refreshCalls().get(0);
    assertThat(call.getRawQuery()).isNull();
    assertThat(call.getRequestBody()).contains("\"format\":\"cookie\"")
        .contains("\"refresh_token\":\"" + session.getRefreshToken() + "\"")
        .contains("\"request_origin\":\"http://app.example.test\"")
        .contains("\"request_headers\":{\"accept\":[\"text/html\"]");
  }

  @Test
  void refreshWhenOnlyUnsuffixedRefreshCookieThenNotAttempted() {
    RequestState state = client.authenticateRequest(Browser.page(APP)
        .cookie("__session", expired(session.getSessionId())).cookie("__client_uat", "1")
        .cookie("__refresh", session.getRefreshToken()).build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assertThat(refreshCalls()).isEmpty();
  }

  @Test
  void refreshWhenTokenNotExpiredThenNotAttempted() {
    String valid = clerk.fake().tokens().sessionToken(session.getUserId()).sessionId(session.getSessionId()).sign();
    RequestState state = client.authenticateRequest(Browser.page(APP).cookie("__session", valid)
        .cookie("__client_uat", "1").cookie("__refresh_" + suffix, session.getRefreshToken()).build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
    assertThat(refreshCalls()).isEmpty();
  }

  @Test
  void refreshWhenPostThenNonEligibleNonGet() {
    Browser post = expiredBrowser();
    RequestState state = client.authenticateRequest(Browser.request("POST", APP)
        .header("cookie", post.build().getHeader("cookie")).build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-non-eligible-non-get");
    assertThat(refreshCalls()).isEmpty();
  }

  @Test
  void refreshWhenClerkRefusesRefreshTokenThenHandshakeNamesTheErrorCode() {
    RequestState state = client.authenticateRequest(expiredBrowser()
        .cookie("__refresh_" + suffix, "wrong-refresh-token").build());

    assertThat(state.getStatus()).isEqualTo(AuthStatus.HANDSHAKE);
    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-authentication_invalid");
  }

  @Test
  void refreshWhenClerkUnreachableThenFetchError() {
    client.verifyToken(clerk.fake().tokens().sessionToken(session.getUserId()).sign());
    clerk.fake().faults().dropNext(1);

    RequestState state = client.authenticateRequest(expiredBrowser().build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-fetch-error");
  }

  @Test
  void refreshWhenAnswerHasNoCookiesThenUnexpectedSdkError() {
    clerk.fake().faults().respondNext(1, 200, Collections.singletonMap("Content-Type", "application/json"),
        "{\"object\":\"token\",\"jwt\":\"x.y.z\"}", "/v1/sessions/");

    RequestState state = client.authenticateRequest(expiredBrowser().build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-unexpected-sdk-error");
  }

  @Test
  void refreshWhenAnsweredTokenDoesNotVerifyThenInvalidSessionToken() {
    String forged = clerk.fake().tokens().sessionToken(session.getUserId()).corruptSignature().sign();
    clerk.fake().faults().respondNext(1, 200, Collections.singletonMap("Content-Type", "application/json"),
        "{\"object\":\"cookies\",\"cookies\":[\"__session=" + forged + "; Path=/\"]}", "/v1/sessions/");

    RequestState state = client.authenticateRequest(expiredBrowser().build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-invalid-session-token");
  }

  @Test
  void refreshWhenExpiredTokenHasNoSidThenMissingSidClaim() {
    String noSid = clerk.fake().tokens().sessionToken(session.getUserId()).withoutClaim("sid")
        .issuedAt(Instant.now().minus(Duration.ofMinutes(5))).sign();
    RequestState state = client.authenticateRequest(expiredBrowser().cookie("__session", noSid).build());

    assertThat(state.getReason()).isEqualTo("session-token-expired-refresh-expired-session-token-missing-sid-claim");
    assertThat(refreshCalls()).isEmpty();
  }

  @Test
  void refreshWhenSuffixedCookiesInUseThenAsksForSuffixedCookies() {
    String pk = clerk.fake().publishableKey();
    String devSuffix = suffix(pk);
    try (ClerkClient dev = clerk.clientBuilder().publishableKey(pk).build()) {
      RequestState state = dev.authenticateRequest(Browser.page(APP).cookie("__clerk_db_jwt_" + devSuffix, "dvb_1")
          .cookie("__session_" + devSuffix, expired(session.getSessionId()))
          .cookie("__client_uat_" + devSuffix, "1")
          .cookie("__refresh_" + devSuffix, session.getRefreshToken()).build());

      assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
      assertThat(refreshCalls().get(0).getRawQuery()).isEqualTo("suffixed_cookies=true");
      assertThat(state.getHeaders().get("Set-Cookie")).hasSize(2);
      assertThat(state.getHeaders().get("Set-Cookie").get(0)).startsWith("__session_" + devSuffix + "=");
    }
  }
}
