package io.clerkservlet.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.ClerkRequest;
import io.clerkservlet.RequestState;
import io.clerkservlet.testing.ClerkFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The missing-azp warning: once per process, cookie tokens only (request_azp.test.ts). */
class AzpWarningTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @Test
  void cookieWithoutAzpWarnsOnceAndStaysSignedInWhileHeaderNeverWarns() {
    List<String> warnings = new ArrayList<>();
    Logger logger = Logger.getLogger(CookieSessions.class.getName());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        warnings.add(record.getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    logger.addHandler(handler);
    CookieSessions.resetAzpWarning();
    try (ClerkClient client = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).build()) {
      String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz").sign();
      RequestState header = client.authenticateRequest(ClerkRequest.builder("GET", "http://a.test/")
          .header("authorization", "Bearer " + token).build());
      assertThat(warnings).isEmpty();
      for (int i = 0; i < 2; i++) {
        RequestState cookie = client.authenticateRequest(ClerkRequest.builder("GET", "http://a.test/")
            .header("cookie", "__session=" + token + "; __client_uat=1").build());
        assertThat(cookie.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
      }
      assertThat(header.getStatus()).isEqualTo(AuthStatus.SIGNED_IN);
      assertThat(warnings).containsExactly(CookieSessions.AZP_WARNING);
    } finally {
      logger.removeHandler(handler);
    }
  }
}
