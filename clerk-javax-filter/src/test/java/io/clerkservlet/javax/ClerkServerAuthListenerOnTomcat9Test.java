package io.clerkservlet.javax;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.contract.ContractClient;
import io.clerkservlet.contract.ContractTokens;
import io.clerkservlet.internal.log.OperatorLog;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.web.ClerkClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.security.auth.message.config.AuthConfigFactory;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registration's life in Tomcat 9.0: registered at start, removed at stop, a typo stops the application. */
@DisplayName("javax ClerkServerAuthListener on Tomcat 9.0 (embedded)")
class ClerkServerAuthListenerOnTomcat9Test {
  private FakeClerkBackend fake;

  @BeforeEach
  void startFake() {
    fake = FakeClerkBackend.start();
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  private Map<String, String> contextParams(String... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("clerk.secretKey", fake.secretKey());
    p.put("clerk.apiUrl", fake.apiUrl());
    p.put("clerk.publishableKey", fake.productionPublishableKey());
    for (int i = 0; i < pairs.length; i += 2) {
      p.put(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  private static Object registeredProvider(String appContext) {
    return AuthConfigFactory.getFactory().getConfigProvider(ClerkServerAuthListener.LAYER, appContext, null);
  }

  @Test
  void redeployWhenRepeatedThenRegisteredWhileRunningAndNothingLeftAfterStop() throws Exception {
    ContractTokens tokens = new ContractTokens(fake);
    int clientsBefore = ClerkClients.shared().size();
    for (int round = 0; round < 3; round++) {
      String appContext;
      try (JaspicTomcat9 tomcat = new JaspicTomcat9()) {
        Context app = tomcat.moduleApp("/app", contextParams());
        JaspicTomcat9.constrain(app, "/secure/*", "**");
        tomcat.start();
        appContext = JaspicTomcat9.appContext(app);
        assertThat(appContext).isEqualTo("Tomcat/localhost /app");
        assertThat(registeredProvider(appContext)).isInstanceOf(ClerkAuthConfigProvider.class);
        assertThat(new ContractClient().get(tomcat.baseUrl(), "/app/secure/x", "Authorization",
            "Bearer " + tokens.session()).statusCode()).isEqualTo(200);
        assertThat(new ContractClient().get(tomcat.baseUrl(), "/app/secure/x").statusCode()).isEqualTo(401);
        assertThat(ClerkClients.shared().size()).isEqualTo(clientsBefore + 1);
      }
      assertThat(registeredProvider(appContext)).as("round %d", round).isNull();
      assertThat(ClerkClients.shared().size()).as("round %d", round).isEqualTo(clientsBefore);
    }
  }

  @Test
  void startWhenClerkContextParamMisspeltThenApplicationFailsNamingTheSetting() throws Exception {
    List<LogRecord> severe = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
          severe.add(record);
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Logger config = Logger.getLogger(OperatorLog.CONFIG);
    config.addHandler(capture);
    try (JaspicTomcat9 tomcat = new JaspicTomcat9()) {
      Context app = tomcat.moduleApp("/typo", contextParams("clerk.acceptToken", "any"));
      tomcat.start();
      assertThat(app.getState()).isNotEqualTo(LifecycleState.STARTED);
      assertThat(registeredProvider("Tomcat/localhost /typo")).isNull();
    } finally {
      config.removeHandler(capture);
    }
    assertThat(severe).extracting(LogRecord::getMessage).containsExactly("Clerk authentication of "
        + "\"Tomcat/localhost /typo\" cannot start: Unknown Clerk setting context-param \"clerk.acceptToken\" "
        + "(did you mean \"clerk.acceptsToken\"?)");
  }
}
