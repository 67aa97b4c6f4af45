package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.testing.Tinyproxy;
import io.clerkservlet.testkit.RecordedExchange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code httpProxy} filter setting: read from the three sources, never shown, part of the shared-client
 * key, and used for the filter's Backend API calls (through a real tinyproxy on loopback).
 */
class HttpProxySettingTest {
  @RegisterExtension
  static final SettingSources sources = new SettingSources();

  @Test
  void httpProxyWhenSetAnywhereThenResolvedAndNeverShown() {
    sources.minimal();
    assertThat(sources.resolve().getHttpProxy()).isNull();
    sources.env.put("CLERK_HTTP_PROXY", "http://env:pw-env@proxy.example:3128");
    assertThat(sources.resolve().getHttpProxy()).isEqualTo("http://env:pw-env@proxy.example:3128");
    sources.props.put("clerk.httpProxy", "http://prop:pw-prop@proxy.example:3128");
    assertThat(sources.resolve().getHttpProxy()).isEqualTo("http://prop:pw-prop@proxy.example:3128");
    sources.init.put("httpProxy", "http://init:pw-init@proxy.example:8080");
    ClerkFilterSettings settings = sources.resolve();
    assertThat(settings.getHttpProxy()).isEqualTo("http://init:pw-init@proxy.example:8080");
    assertThat(settings.toString()).contains("httpProxy=set").doesNotContain("pw-init").doesNotContain("init:");
    assertThat(settings.toClientBuilder().build().toString()).doesNotContain("pw-init");
  }

  @Test
  void httpProxyWhenMalformedThenStartFailsNamingItWithoutThePassword() {
    sources.minimal();
    sources.init.put("httpProxy", "socks://user:pw-secret@proxy.example:1080");
    assertThatThrownBy(sources::resolve).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Clerk filter setting httpProxy (init-param httpProxy, system property clerk.httpProxy, "
            + "environment variable CLERK_HTTP_PROXY): httpProxy must look like http://[user:password@]host:port: "
            + "socks://[redacted]@proxy.example:1080");
  }

  @Test
  void httpProxyWhenDifferentThenFiltersDoNotShareAClient() {
    ClerkClients clients = new ClerkClients();
    ClerkFilterSettings.Builder b = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).apiUrl(sources.fake().apiUrl());
    try (ClerkFilterEngine direct = ClerkFilterEngine.open(b.build(), clients);
        ClerkFilterEngine one = ClerkFilterEngine.open(b.httpProxy("http://proxy.example:3128").build(), clients);
        ClerkFilterEngine same = ClerkFilterEngine.open(b.httpProxy("http://proxy.example:3128").build(), clients);
        ClerkFilterEngine other = ClerkFilterEngine.open(b.httpProxy("http://u:p@proxy.example:3128").build(),
            clients)) {
      assertThat(clients.size()).isEqualTo(3);
      assertThat(same.getSettings().getHttpProxy()).isEqualTo("http://proxy.example:3128");
    }
    assertThat(clients.size()).isZero();
  }

  @Test
  void httpProxyWhenSetThenTheFiltersKeyFetchGoesThroughTheProxy() throws Exception {
    boolean required = "true".equals(System.getenv("CLERK_REQUIRE_PROXY"));
    if (required) {
      assertThat(Tinyproxy.isInstalled()).as("/usr/bin/tinyproxy (apt-get install tinyproxy)").isTrue();
    }
    Assumptions.assumeTrue(Tinyproxy.isInstalled(), "tinyproxy is not installed");
    sources.fake().clearExchanges();
    try (Tinyproxy proxy = Tinyproxy.start("clerk", "pw-proxy")) {
      sources.minimal();
      sources.init.put("publishableKey", sources.fake().productionPublishableKey());
      sources.init.put("apiUrl", sources.fake().apiUrl());
      sources.env.put("CLERK_HTTP_PROXY", "http://clerk:pw-proxy@127.0.0.1:" + proxy.port());
      ClerkClients clients = new ClerkClients();
      try (ClerkFilterEngine engine = ClerkFilterEngine.open(sources.resolve(), clients)) {
        String token = sources.fake().tokens().sessionToken("user_proxy").sign();
        FilterDecision d = engine.decide(ClerkRequest.builder("GET", "http://app.example/api/me")
            .header("Authorization", "Bearer " + token).build());
        assertThat(d.isContinue()).isTrue();
        assertThat(d.getPrincipal().getName()).isEqualTo("user_proxy");
      }
    }
    assertThat(sources.fake().exchanges("GET", "/v1/jwks")).isNotEmpty().allSatisfy((RecordedExchange e) ->
        assertThat(e.requestHeader("Via")).contains("tinyproxy"));
  }
}
