package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.ClerkClient;
import io.clerkservlet.TokenType;
import io.clerkservlet.testkit.FakeClerkBackend;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClerkFilterSettingsTest {
  private static FakeClerkBackend fake;

  private final Map<String, String> init = new HashMap<>();
  private final Map<String, String> props = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  @BeforeAll
  static void startFake() {
    fake = FakeClerkBackend.start();
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private ClerkFilterSettings resolve() {
    return ClerkFilterSettings.resolve(init::get, props::get, env::get);
  }

  private void minimal() {
    init.put("secretKey", fake.secretKey());
    init.put("publishableKey", fake.publishableKey());
  }

  @Test
  void resolveWhenOnlySecretKeyThenEveryDefault() {
    minimal();
    ClerkFilterSettings s = resolve();
    assertThat(s.getSecretKey()).isEqualTo(fake.secretKey());
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
    minimal();
    init.put("mode", "optional");
    props.put("clerk.mode", "required");
    props.put("clerk.clockSkew", "7s");
    env.put("CLERK_CLOCK_SKEW", "9s");
    env.put("CLERK_MACHINE_TOKEN_CACHE_TTL", "1m");
    ClerkFilterSettings s = resolve();
    assertThat(s.getMode()).isEqualTo(FilterMode.OPTIONAL);
    assertThat(s.getClockSkew()).isEqualTo(Duration.ofSeconds(7));
    assertThat(s.getMachineTokenCacheTtl()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void resolveWhenInitParamBlankThenFallsThroughToEnvironment() {
    init.put("secretKey", "  ");
    env.put("CLERK_SECRET_KEY", fake.secretKey());
    env.put("CLERK_PUBLISHABLE_KEY", fake.publishableKey());
    assertThat(resolve().getSecretKey()).isEqualTo(fake.secretKey());
  }

  @Test
  void resolveWhenEveryValueGivenThenParsesEach() {
    minimal();
    init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    init.put("publishableKey", fake.publishableKey());
    init.put("jwtKey", fake.jwtKeyPem());
    init.put("apiUrl", fake.apiUrl());
    init.put("apiVersion", "v1");
    init.put("acceptsToken", "m2m_token, api_key");
    init.put("authorizedParties", "https://a.example, https://b.example");
    init.put("audience", "aud-1");
    init.put("clockSkew", "PT2S");
    init.put("domain", "example.com");
    init.put("isSatellite", "TRUE");
    init.put("proxyUrl", "/__clerk");
    init.put("signInUrl", "https://accounts.example.com/sign-in");
    init.put("signUpUrl", "/sign-up");
    init.put("satelliteAutoSync", "true");
    init.put("debugHeaders", "true");
    init.put("roles", "org_permission, scope");
    ClerkFilterSettings s = resolve();
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
    minimal();
    init.put("acceptsToken", "any");
    assertThat(resolve().getAcceptsToken()).isEqualTo(AcceptsToken.any());
    init.put("acceptsToken", "api_key");
    assertThat(resolve().getAcceptsToken()).isEqualTo(AcceptsToken.single(TokenType.API_KEY));
  }

  @Test
  void resolveWhenRolesOffThenNoRoleSource() {
    minimal();
    init.put("roles", "off");
    assertThat(resolve().getRoles()).isEmpty();
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
    minimal();
    env.put("CLERK_CLOCK_SKEW", "five");
    assertThatThrownBy(this::resolve).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Clerk filter setting clockSkew (init-param clockSkew, system property "
            + "clerk.clockSkew, environment variable CLERK_CLOCK_SKEW) \"five\": must be a duration such as "
            + "0, 500ms, 5s, 2m, 1h or PT5S");
  }

  @Test
  void resolveWhenNegativeOrUnitlessDurationThenRejected() {
    minimal();
    init.put("machineTokenCacheTtl", "-PT1S");
    assertThatThrownBy(this::resolve).hasMessageContaining("machineTokenCacheTtl");
    init.put("machineTokenCacheTtl", "60");
    assertThatThrownBy(this::resolve).hasMessageContaining("machineTokenCacheTtl").hasMessageContaining("\"60\"");
  }

  @Test
  void resolveWhenModeUnknownThenMessageNamesMode() {
    minimal();
    init.put("mode", "strict");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting mode (")
        .hasMessageEndingWith("\"strict\": must be required or optional");
  }

  @Test
  void resolveWhenAcceptsTokenUnknownThenMessageNamesTheType() {
    minimal();
    init.put("acceptsToken", "session_token,cookie");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting acceptsToken (")
        .hasMessageEndingWith("Unknown token type: cookie");
  }

  @Test
  void resolveWhenBooleanMalformedThenMessageNamesSetting() {
    minimal();
    props.put("clerk.debugHeaders", "yes");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting debugHeaders (")
        .hasMessageEndingWith("\"yes\": must be true or false");
  }

  @Test
  void resolveWhenRolesUnknownThenMessageNamesValue() {
    minimal();
    init.put("roles", "org_role,groups");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting roles (")
        .hasMessageContaining("unknown value groups");
  }

  @Test
  void resolveWhenNoKeyThenSecretKeyIsNamed() {
    assertThatThrownBy(this::resolve).hasMessage("Invalid Clerk filter setting secretKey (init-param secretKey, "
        + "system property clerk.secretKey, environment variable CLERK_SECRET_KEY): secretKey (or jwtKey for "
        + "session tokens only) is required");
  }

  @Test
  void resolveWhenOnlyJwtKeyThenSessionTokensWorkButMachineTokensNeedSecretKey() {
    init.put("jwtKey", fake.jwtKeyPem());
    init.put("publishableKey", fake.publishableKey());
    assertThat(resolve().getJwtKey()).isEqualTo(fake.jwtKeyPem().trim());
    init.put("acceptsToken", "any");
    assertThatThrownBy(this::resolve).hasMessageContaining("secretKey is required to verify machine tokens");
  }

  @Test
  void resolveWhenM2mOnlyThenMachineSecretKeySuffices() {
    init.put("acceptsToken", "m2m_token");
    assertThatThrownBy(this::resolve).hasMessageContaining("secretKey or machineSecretKey is required");
    init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    assertThat(resolve().getMachineSecretKey()).startsWith("ak_");
  }

  @Test
  void resolveWhenSecretKeyMalformedThenValueNeverShown() {
    init.put("secretKey", "sk_test_super secret");
    init.put("publishableKey", fake.publishableKey());
    assertThatThrownBy(this::resolve).hasMessageContaining("setting secretKey (")
        .hasMessageContaining("printable ASCII").hasMessageNotContaining("super");
  }

  @Test
  void resolveWhenApiUrlOrPublishableKeyOrJwtKeyMalformedThenNamed() {
    minimal();
    init.put("apiUrl", "ftp://example.com");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting apiUrl (");
    init.remove("apiUrl");
    init.put("publishableKey", "pk_test_nope");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting publishableKey (");
    init.put("publishableKey", fake.publishableKey());
    init.put("jwtKey", "not a pem");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting jwtKey (");
    init.remove("jwtKey");
    init.put("apiVersion", "2025");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting apiVersion (");
  }

  @Test
  void resolveWhenUrlsMalformedThenNamed() {
    minimal();
    init.put("proxyUrl", "clerk.example.com");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting proxyUrl (")
        .hasMessageEndingWith("proxyUrl must be an absolute http(s) URL or a path starting with /");
    init.remove("proxyUrl");
    init.put("signInUrl", "//evil.example");
    assertThatThrownBy(this::resolve).hasMessageContaining("setting signInUrl (");
  }

  @Test
  void resolveWhenSatelliteWithoutDomainOrProxyThenClerkMessage() {
    minimal();
    init.put("isSatellite", "true");
    assertThatThrownBy(this::resolve).hasMessage("Invalid Clerk filter configuration: "
        + ClerkFilterSettings.MISSING_SATELLITE_DOMAIN);
  }

  @Test
  void resolveWhenDevelopmentSatelliteWithoutSignInUrlThenClerkMessage() {
    minimal();
    init.put("isSatellite", "true");
    init.put("domain", "satellite.example");
    assertThatThrownBy(this::resolve).hasMessageEndingWith(ClerkFilterSettings.MISSING_SATELLITE_SIGN_IN);
    init.put("signInUrl", "https://primary.example/sign-in");
    assertThat(resolve().isSatellite()).isTrue();
  }

  @Test
  void resolveWhenPublishableKeyMissingThenNamedUnlessExactlyM2mOrApiKey() {
    init.put("secretKey", fake.secretKey());
    for (String accepts : new String[] {"session_token", "[session_token,api_key]", "api_key,m2m_token",
        "[m2m_token]", "oauth_token", "any"}) {
      init.put("acceptsToken", accepts);
      assertThatThrownBy(this::resolve).as(accepts).hasMessageEndingWith(ClerkFilterSettings.MISSING_PUBLISHABLE_KEY);
    }
    for (String accepts : new String[] {"api_key", "m2m_token"}) {
      init.put("acceptsToken", accepts);
      assertThat(resolve().getPublishableKey()).as(accepts).isNull();
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
    minimal();
    init.put("machineSecretKey", "ak_" + "0123456789abcdef0123456789abcdef");
    String text = resolve().toString();
    assertThat(text).doesNotContain(fake.secretKey()).doesNotContain("0123456789abcdef")
        .contains("secretKey=[redacted]");
  }

  @Test
  void builderWhenProgrammaticThenSameRules() {
    ClerkFilterSettings s = ClerkFilterSettings.builder().secretKey(fake.secretKey())
        .publishableKey(fake.publishableKey()).acceptsToken(TokenType.OAUTH_TOKEN).mode(FilterMode.OPTIONAL)
        .roles(EnumSet.of(RoleSource.SCOPE)).build();
    assertThat(s.getAcceptsToken()).isEqualTo(AcceptsToken.single(TokenType.OAUTH_TOKEN));
    assertThat(s.getRoles()).containsExactly(RoleSource.SCOPE);
    assertThatThrownBy(() -> ClerkFilterSettings.builder().build()).hasMessageStartingWith("secretKey");
    assertThatThrownBy(() -> ClerkFilterSettings.builder().secretKey(fake.secretKey())
        .clockSkew(Duration.ofSeconds(-1)).build()).hasMessage("clockSkew must not be negative");
  }
}
