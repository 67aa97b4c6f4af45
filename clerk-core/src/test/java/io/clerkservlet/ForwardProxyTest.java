package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.SessionTokens;
import io.clerkservlet.testing.Tinyproxy;
import io.clerkservlet.testkit.ClerkSigningKeys.SigningKey;
import io.clerkservlet.testkit.RecordedExchange;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Backend API calls through a real forward proxy (Debian's tinyproxy on loopback): the explicit
 * {@code httpProxy} setting, with and without credentials, and the JVM's proxy properties. The fake
 * sees tinyproxy's {@code Via} header on every call that went through it.
 */
class ForwardProxyTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @BeforeEach
  void requireTinyproxy() {
    boolean required = "true".equals(System.getenv("CLERK_REQUIRE_PROXY"));
    if (required) {
      assertThat(Tinyproxy.isInstalled()).as("/usr/bin/tinyproxy (apt-get install tinyproxy)").isTrue();
    }
    Assumptions.assumeTrue(Tinyproxy.isInstalled(), "tinyproxy is not installed");
  }

  private String sessionToken() {
    SigningKey key = clerk.fake().signingKeys().current();
    return SessionTokens.sessionToken(key.kid(), key.privateKey(), Clock.systemUTC(),
        "https://" + clerk.fake().frontendApi()).build();
  }

  private void assertEveryCallWentThroughTheProxy() {
    assertThat(clerk.fake().exchanges()).isNotEmpty().allSatisfy((RecordedExchange e) ->
        assertThat(e.requestHeader("Via")).as(e.getMethod() + " " + e.getPath()).contains("tinyproxy"));
  }

  @Test
  void whenHttpProxySetThenKeyFetchesAndApplicationCallsGoThroughIt() throws Exception {
    try (Tinyproxy proxy = Tinyproxy.start(null, null);
        ClerkClient client = clerk.clientBuilder().httpProxy(proxy.url()).build()) {
      assertThat(client.verifyToken(sessionToken())).containsKey("sub");
      assertThat(client.jwks().get().getKeys()).isNotEmpty();
    }
    assertThat(clerk.fake().exchanges("GET", "/v1/jwks")).hasSize(2);
    assertEveryCallWentThroughTheProxy();
  }

  @Test
  void whenProxyNeedsCredentialsThenTheConfiguredOnesAreSent() throws Exception {
    try (Tinyproxy proxy = Tinyproxy.start("clerk", "s3cret");
        ClerkClient client = clerk.clientBuilder().httpProxy("http://clerk:s3cret@127.0.0.1:" + proxy.port())
            .build()) {
      assertThat(client.jwks().get().getKeys()).isNotEmpty();
      assertThat(client.toString()).doesNotContain("s3cret");
    }
    assertEveryCallWentThroughTheProxy();
  }

  @Test
  void whenProxyCredentialsAreMissingThenTheProxysRefusalIsTheAnswer() throws Exception {
    clerk.skipContractCheck();
    try (Tinyproxy proxy = Tinyproxy.start("clerk", "s3cret");
        ClerkClient client = clerk.clientBuilder().httpProxy(proxy.url()).build()) {
      assertThatThrownBy(() -> client.jwks().get()).isInstanceOfSatisfying(ClerkApiException.class,
          e -> assertThat(e.getStatus()).isEqualTo(407));
    }
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  /**
   * The JDK's default proxy selector never proxies loopback addresses, so the call names a host only
   * the proxy would try to resolve: a direct call could not even start, so an HTTP answer (the
   * proxy's own error page) and the proxy's log prove the call went to the proxy.
   */
  @Test
  void whenJvmProxyPropertiesAreSetThenCallsGoThroughThatProxy() throws Exception {
    clerk.skipContractCheck();
    try (Tinyproxy proxy = Tinyproxy.start(null, null)) {
      String[] names = {"http.proxyHost", "http.proxyPort"};
      String[] saved = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        saved[i] = System.getProperty(names[i]);
      }
      System.setProperty("http.proxyHost", "127.0.0.1");
      System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
      try (ClerkClient client = ClerkClient.builder().apiUrl("http://clerk-api.invalid:8080")
          .secretKey(clerk.fake().secretKey()).build()) {
        assertThatThrownBy(() -> client.jwks().get()).isInstanceOfSatisfying(ClerkApiException.class,
            e -> assertThat(e.getStatus()).isNotNull());
      } finally {
        for (int i = 0; i < names.length; i++) {
          if (saved[i] == null) {
            System.clearProperty(names[i]);
          } else {
            System.setProperty(names[i], saved[i]);
          }
        }
      }
      assertThat(proxy.log()).contains("clerk-api.invalid");
    }
  }

  @Test
  void whenHttpProxyIsMalformedThenBuildFailsWithoutShowingThePassword() {
    assertThatThrownBy(() -> ClerkClient.builder().secretKey("sk_test_x").httpProxy("socks://u:pw@proxy:1080")
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("httpProxy must look like http://[user:password@]host:port: socks://[redacted]@proxy:1080");
    assertThatThrownBy(() -> ClerkClient.builder().secretKey("sk_test_x").httpProxy("http://proxy").build())
        .hasMessage("httpProxy must look like http://[user:password@]host:port: http://proxy");
  }
}
