package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.TokenType;
import io.clerkservlet.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClerkFilterSettingsTest {
  @RegisterExtension
  static final SettingSources sources = new SettingSources();

  @Test
  void resolveWhenOnlySecretKeyThenEveryDefault() {
    sources.minimal();
    ClerkFilterSettings s = sources.resolve();
    assertThat(s.getSecretKey()).isEqualTo(sources.fake().secretKey());
    assertThat(s.getApiUrl()).isEqualTo(ClerkClient.DEFAULT_API_URL);
    assertThat(s.getApiVersion()).isEqualTo("v1");
    assertThat(s.getAcceptsToken()).isEqualTo(AcceptsToken.sessionOnly());
    assertThat(s.getMode()).isEqualTo(FilterMode.REQUIRED);
    assertThat(s.getClockSkew()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.getMachineTokenCacheTtl()).isEqualTo(Duration.ZERO);
    assertThat(s.getRoles()).containsExactly(RoleSource.ORG_ROLE);
    assertThat(s.isDebugHeaders()).isFalse();
    assertThat(s.isSatellite()).isFalse();
    assertThat(s.isSatelliteAutoSync()).isFalse();
    assertThat(s.getAuthorizedParties()).isEmpty();
    assertThat(s.getAudience()).isEmpty();
  }

  @Test
  void resolveWhenSetEverywhereThenInitParamWinsThenPropertyThenEnvironment() {
    sources.minimal();
    sources.init.put("mode", "optional");
    sources.props.put("clerk.mode", "required");
    sources.props.put("clerk.clockSkew", "7s");
    sources.env.put("CLERK_CLOCK_SKEW", "9s");
    sources.env.put("CLERK_MACHINE_TOKEN_CACHE_TTL", "1m");
    ClerkFilterSettings s = sources.resolve();
    assertThat(s.getMode()).isEqualTo(FilterMode.OPTIONAL);
    assertThat(s.getClockSkew()).isEqualTo(Duration.ofSeconds(7));
    assertThat(s.getMachineTokenCacheTtl()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void resolveWhenInitParamBlankThenFallsThroughToEnvironment() {
    sources.init.put("secretKey", "  ");
    sources.env.put("CLERK_SECRET_KEY", sources.fake().secretKey());
    sources.env.put("CLERK_PUBLISHABLE_KEY", sources.fake().publishableKey());
    assertThat(sources.resolve().getSecretKey()).isEqualTo(sources.fake().secretKey());
  }

  @Test
  void resolveWhenEveryValueGivenThenParsesEach() {
    sources.minimal();
    sources.init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    sources.init.put("publishableKey", sources.fake().publishableKey());
    sources.init.put("jwtKey", sources.fake().jwtKeyPem());
    sources.init.put("apiUrl", sources.fake().apiUrl());
    sources.init.put("apiVersion", "v1");
    sources.init.put("acceptsToken", "m2m_token, api_key");
    sources.init.put("authorizedParties", "https://a.example, https://b.example");
    sources.init.put("audience", "aud-1");
    sources.init.put("clockSkew", "PT2S");
    sources.init.put("domain", "example.com");
    sources.init.put("isSatellite", "TRUE");
    sources.init.put("proxyUrl", "/__clerk");
    sources.init.put("signInUrl", "https://accounts.example.com/sign-in");
    sources.init.put("signUpUrl", "/sign-up");
    sources.init.put("satelliteAutoSync", "true");
    sources.init.put("debugHeaders", "true");
    sources.init.put("roles", "org_permission, scope");
    ClerkFilterSettings s = sources.resolve();
    assertThat(s.getAcceptsToken()).isEqualTo(AcceptsToken.list(TokenType.M2M_TOKEN, TokenType.API_KEY));
    assertThat(s.getAuthorizedParties()).containsExactly("https://a.example", "https://b.example");
    assertThat(s.getAudience()).containsExactly("aud-1");
    assertThat(s.getClockSkew()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.getDomain()).isEqualTo("example.com");
    assertThat(s.isSatellite()).isTrue();
    assertThat(s.getProxyUrl()).isEqualTo("/__clerk");
    assertThat(s.getSignInUrl()).isEqualTo("https://accounts.example.com/sign-in");
    assertThat(s.getSignUpUrl()).isEqualTo("/sign-up");
    assertThat(s.isSatelliteAutoSync()).isTrue();
    assertThat(s.isDebugHeaders()).isTrue();
    assertThat(s.getRoles()).containsExactlyInAnyOrder(RoleSource.ORG_PERMISSION, RoleSource.SCOPE);
    assertThat(s.toAuthenticateRequestOptions().getAudience()).containsExactly("aud-1");
    assertThat(s.toAuthenticateRequestOptions().getAcceptsToken()).isEqualTo(s.getAcceptsToken());
  }

  @Test
  void resolveWhenAcceptsTokenAnyOrSingleThenKindsDiffer() {
    sources.minimal();
    sources.init.put("acceptsToken", "any");
    assertThat(sources.resolve().getAcceptsToken()).isEqualTo(AcceptsToken.any());
    sources.init.put("acceptsToken", "api_key");
    assertThat(sources.resolve().getAcceptsToken()).isEqualTo(AcceptsToken.single(TokenType.API_KEY));
  }

  @Test
  void resolveWhenRolesOffThenNoRoleSource() {
    sources.minimal();
    sources.init.put("roles", "off");
    assertThat(sources.resolve().getRoles()).isEmpty();
  }

  @Test
  void resolveWhenDurationsInEveryUnitThenParsed() {
    assertThat(SettingsResolver.duration("0")).isZero();
    assertThat(SettingsResolver.duration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(SettingsResolver.duration("3s")).isEqualTo(Duration.ofSeconds(3));
    assertThat(SettingsResolver.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(SettingsResolver.duration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(SettingsResolver.duration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void resolveWhenClockSkewMalformedThenMessageNamesAllThreeNamesAndValue() {
    sources.minimal();
    sources.env.put("CLERK_CLOCK_SKEW", "five");
    assertThatThrownBy(sources::resolve).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Clerk filter setting clockSkew (init-param clockSkew, system property "
            + "clerk.clockSkew, environment variable CLERK_CLOCK_SKEW) \"five\": must be a duration such as "
            + "0, 500ms, 5s, 2m, 1h or PT5S");
  }

  @Test
  void resolveWhenNegativeOrUnitlessDurationThenRejected() {
    sources.minimal();
    sources.init.put("machineTokenCacheTtl", "-PT1S");
    assertThatThrownBy(sources::resolve).hasMessageContaining("machineTokenCacheTtl");
    sources.init.put("machineTokenCacheTtl", "60");
    assertThatThrownBy(sources::resolve).hasMessageContaining("machineTokenCacheTtl").hasMessageContaining("\"60\"");
  }

  @Test
  void resolveWhenModeUnknownThenMessageNamesMode() {
    sources.minimal();
    sources.init.put("mode", "strict");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting mode (")
        .hasMessageEndingWith("CLERK_MODE): Unknown mode \"strict\"; valid: required, optional");
  }

  @Test
  void resolveWhenAcceptsTokenUnknownThenMessageNamesTheType() {
    sources.minimal();
    sources.init.put("acceptsToken", "session_token,cookie");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting acceptsToken (")
        .hasMessageEndingWith("\"session_token,cookie\": Unknown token type \"cookie\"; "
            + "valid: session_token, api_key, m2m_token, oauth_token, any");
  }

  @Test
  void resolveWhenBooleanMalformedThenMessageNamesSetting() {
    sources.minimal();
    sources.props.put("clerk.debugHeaders", "yes");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting debugHeaders (")
        .hasMessageEndingWith("CLERK_DEBUG_HEADERS): Unknown boolean \"yes\"; valid: true, false");
  }

  @Test
  void resolveWhenRolesUnknownThenMessageNamesValue() {
    sources.minimal();
    sources.init.put("roles", "org_role,groups");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting roles (")
        .hasMessageEndingWith("\"org_role,groups\": Unknown roles value \"groups\"; "
            + "valid: off, none, or a comma list of org_role, org_permission, scope");
  }

  @Test
  void resolveWhenNoKeyThenSecretKeyIsNamed() {
    assertThatThrownBy(sources::resolve).hasMessage("Invalid Clerk filter setting secretKey (init-param secretKey, "
        + "system property clerk.secretKey, environment variable CLERK_SECRET_KEY): secretKey (or jwtKey for "
        + "session tokens only) is required");
  }

  @Test
  void resolveWhenOnlyJwtKeyThenSessionTokensWorkButMachineTokensNeedSecretKey() {
    sources.init.put("jwtKey", sources.fake().jwtKeyPem());
    sources.init.put("publishableKey", sources.fake().publishableKey());
    assertThat(sources.resolve().getJwtKey()).isEqualTo(sources.fake().jwtKeyPem().trim());
    sources.init.put("acceptsToken", "any");
    assertThatThrownBy(sources::resolve).hasMessageContaining("secretKey is required to verify machine tokens");
  }

  @Test
  void resolveWhenM2mOnlyThenMachineSecretKeySuffices() {
    sources.init.put("acceptsToken", "m2m_token");
    assertThatThrownBy(sources::resolve).hasMessageContaining("secretKey or machineSecretKey is required");
    sources.init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    assertThat(sources.resolve().getMachineSecretKey()).startsWith("ak_");
  }

  @Test
  void resolveWhenSecretKeyMalformedThenValueNeverShown() {
    sources.init.put("secretKey", "sk_test_super secret");
    sources.init.put("publishableKey", sources.fake().publishableKey());
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting secretKey (")
        .hasMessageContaining("printable ASCII").hasMessageNotContaining("super");
  }

  @Test
  void resolveWhenApiUrlOrPublishableKeyOrJwtKeyMalformedThenNamed() {
    sources.minimal();
    sources.init.put("apiUrl", "ftp://example.com");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting apiUrl (");
    sources.init.remove("apiUrl");
    sources.init.put("publishableKey", "pk_test_nope");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting publishableKey (");
    sources.init.put("publishableKey", sources.fake().publishableKey());
    sources.init.put("jwtKey", "not a pem");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting jwtKey (");
    sources.init.remove("jwtKey");
    sources.init.put("apiVersion", "2025");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting apiVersion (");
  }

  @Test
  void resolveWhenUrlsMalformedThenNamed() {
    sources.minimal();
    sources.init.put("proxyUrl", "clerk.example.com");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting proxyUrl (")
        .hasMessageEndingWith("proxyUrl must be an absolute http(s) URL or a path starting with /");
    sources.init.remove("proxyUrl");
    sources.init.put("signInUrl", "//evil.example");
    assertThatThrownBy(sources::resolve).hasMessageContaining("setting signInUrl (");
  }

  @Test
  void resolveWhenSatelliteWithoutDomainOrProxyThenClerkMessage() {
    sources.minimal();
    sources.init.put("isSatellite", "true");
    assertThatThrownBy(sources::resolve).hasMessage("Invalid Clerk filter configuration: "
        + ClerkFilterSettings.MISSING_SATELLITE_DOMAIN);
  }

  @Test
  void resolveWhenDevelopmentSatelliteWithoutSignInUrlThenClerkMessage() {
    sources.minimal();
    sources.init.put("isSatellite", "true");
    sources.init.put("domain", "satellite.example");
    assertThatThrownBy(sources::resolve).hasMessageEndingWith(ClerkFilterSettings.MISSING_SATELLITE_SIGN_IN);
    sources.init.put("signInUrl", "https://primary.example/sign-in");
    assertThat(sources.resolve().isSatellite()).isTrue();
  }

  @Test
  void resolveWhenPublishableKeyMissingThenNamedUnlessExactlyM2mOrApiKey() {
    sources.init.put("secretKey", sources.fake().secretKey());
    for (String accepts : new String[] {"session_token", "[session_token,api_key]", "api_key,m2m_token",
        "[m2m_token]", "oauth_token", "any"}) {
      sources.init.put("acceptsToken", accepts);
      assertThatThrownBy(sources::resolve).as(accepts).hasMessageEndingWith(ClerkFilterSettings.MISSING_PUBLISHABLE_KEY);
    }
    for (String accepts : new String[] {"api_key", "m2m_token"}) {
      sources.init.put("acceptsToken", accepts);
      assertThat(sources.resolve().getPublishableKey()).as(accepts).isNull();
    }
  }

  @Test
  void settingNamesFollowOneRule() {
    assertThat(ClerkFilterSetting.IS_SATELLITE.getEnvironmentVariable()).isEqualTo("CLERK_IS_SATELLITE");
    assertThat(ClerkFilterSetting.MACHINE_TOKEN_CACHE_TTL.getEnvironmentVariable())
        .isEqualTo("CLERK_MACHINE_TOKEN_CACHE_TTL");
    assertThat(ClerkFilterSetting.API_URL.getSystemProperty()).isEqualTo("clerk.apiUrl");
    assertThat(ClerkFilterSetting.SECRET_KEY.isSecret()).isTrue();
  }

  @Test
  void toStringWhenKeysSetThenRedacted() {
    sources.minimal();
    sources.init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    String text = sources.resolve().toString();
    assertThat(text).doesNotContain(sources.fake().secretKey()).doesNotContain("0123456789abcdef")
        .contains("secretKey=[redacted]");
  }

  @Test
  void builderWhenProgrammaticThenSameRules() {
    ClerkFilterSettings s = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).acceptsToken(TokenType.OAUTH_TOKEN).mode(FilterMode.OPTIONAL)
        .roles(EnumSet.of(RoleSource.SCOPE)).build();
    assertThat(s.getAcceptsToken()).isEqualTo(AcceptsToken.single(TokenType.OAUTH_TOKEN));
    assertThat(s.getRoles()).containsExactly(RoleSource.SCOPE);
    assertThatThrownBy(() -> ClerkFilterSettings.builder().build()).hasMessageStartingWith("secretKey");
    assertThatThrownBy(() -> ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .clockSkew(Duration.ofSeconds(-1)).build()).hasMessage("clockSkew must not be negative");
  }

  @Test
  void builderWhenClockSetThenClientUsesItAndOtherClocksGetTheirOwnClient() {
    MutableClock moved = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    ClerkFilterSettings withClock = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).clock(moved).build();
    ClerkFilterSettings sameClock = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).clock(moved).build();
    ClerkFilterSettings systemClock = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).build();
    try (ClerkClient client = withClock.toClientBuilder().build()) {
      assertThat(client.getClock()).isSameAs(moved);
    }
    try (ClerkClient client = systemClock.toClientBuilder().build()) {
      assertThat(client.getClock()).isEqualTo(Clock.systemUTC());
    }
    ClerkClients clients = new ClerkClients();
    try (ClerkClients.Lease a = clients.acquire(withClock); ClerkClients.Lease b = clients.acquire(sameClock);
        ClerkClients.Lease c = clients.acquire(systemClock)) {
      assertThat(a.client()).isSameAs(b.client()).isNotSameAs(c.client());
      assertThat(clients.size()).isEqualTo(2);
    }
    assertThatThrownBy(() -> ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).clock(null).build()).hasMessage("clock is required");
  }
}
