package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.log.OperatorLog;
import io.clerkservlet.testing.LogCapture;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a filter starts: unknown init-param names fail with the closest valid name, unknown {@code clerk.*}
 * system properties are logged as warnings, failures are one SEVERE line and one short exception.
 */
class FilterStartupTest {
  @RegisterExtension
  static final SettingSources sources = new SettingSources();

  private final ClerkClients clients = new ClerkClients();

  private ClerkFilterEngine open(Map<String, String> initParams, Collection<String> propertyNames) {
    return FilterStartup.open("clerk", null, initParams, propertyNames, sources.props::get, sources.env::get,
        clients);
  }

  private Map<String, String> minimal() {
    Map<String, String> init = new LinkedHashMap<>();
    init.put("secretKey", sources.fake().secretKey());
    init.put("publishableKey", sources.fake().publishableKey());
    init.put("apiUrl", sources.fake().apiUrl());
    return init;
  }

  @ParameterizedTest
  @CsvSource({
      "acceptToken, acceptsToken",
      "authorizedParty, authorizedParties",
      "SecretKey, secretKey",
      "secret_key, secretKey",
      "AUDIENCE, audience",
      "satelite, isSatellite",
      "httpproxy, httpProxy",
      "callTimout, callTimeout"})
  void openWhenInitParamMisspeltThenFailsNamingItAndTheClosestValidName(String typo, String meant) {
    Map<String, String> init = minimal();
    init.put(typo, "m2m_token");
    try (LogCapture log = LogCapture.of(OperatorLog.CONFIG)) {
      String expected = "Clerk filter \"clerk\" cannot start: Unknown Clerk filter setting \"" + typo
          + "\" (did you mean \"" + meant + "\"?)";
      assertThatThrownBy(() -> open(init, Collections.<String>emptyList())).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected).hasNoCause()
          .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
      assertThat(log.messages(Level.SEVERE)).containsExactly(expected);
    }
    assertThat(clients.size()).isZero();
  }

  @Test
  void openWhenInitParamUnlikeAnySettingThenFailsListingTheValidNames() {
    Map<String, String> init = minimal();
    init.put("contextConfigLocation", "/WEB-INF/app.xml");
    assertThatThrownBy(() -> open(init, Collections.<String>emptyList()))
        .hasMessageStartingWith("Clerk filter \"clerk\" cannot start: Unknown Clerk filter setting "
            + "\"contextConfigLocation\"; valid: secretKey, machineSecretKey, publishableKey, jwtKey, apiUrl, ")
        .hasMessageEndingWith(", debugHeaders, roles");
  }

  @Test
  void openWhenInitParamValueHoldsASecretThenTheFailureNeverShowsIt() {
    Map<String, String> init = minimal();
    init.put("secretkey", "sk_test_do-not-show");
    assertThatThrownBy(() -> open(init, Collections.<String>emptyList()))
        .hasMessageEndingWith("Unknown Clerk filter setting \"secretkey\" (did you mean \"secretKey\"?)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("do-not-show"));
  }

  @Test
  void openWhenUnknownClerkSystemPropertyThenWarnsWithSuggestionAndStarts() {
    try (LogCapture log = LogCapture.of(OperatorLog.CONFIG);
        ClerkFilterEngine engine = open(minimal(), Arrays.asList("clerk.acceptToken", "clerk.mode",
            "clerk.zzzzzzzzzzzzzzzz", "clerkx.acceptToken", "java.version"))) {
      assertThat(engine.getSettings().getAcceptsToken().isExactly(TokenType.SESSION_TOKEN)).isTrue();
      assertThat(log.messages(Level.WARNING)).hasSize(2).first().isEqualTo("Clerk: the system property "
          + "\"clerk.acceptToken\" is no Clerk filter setting and is ignored (did you mean \"clerk.acceptsToken\"?)");
      assertThat(log.messages(Level.WARNING).get(1))
          .startsWith("Clerk: the system property \"clerk.zzzzzzzzzzzzzzzz\" is no Clerk filter setting and is "
              + "ignored; valid: clerk.secretKey, clerk.machineSecretKey, ");
    }
  }

  @Test
  void openWhenProgrammaticSettingsThenInitParamsAndPropertiesAreIgnored() {
    ClerkFilterSettings settings = ClerkFilterSettings.builder().secretKey(sources.fake().secretKey())
        .publishableKey(sources.fake().publishableKey()).apiUrl(sources.fake().apiUrl()).build();
    Map<String, String> init = new HashMap<>();
    init.put("acceptToken", "any");
    try (LogCapture log = LogCapture.of(OperatorLog.CONFIG);
        ClerkFilterEngine engine = FilterStartup.open("clerk", settings, init, Arrays.asList("clerk.bogus"),
            sources.props::get, sources.env::get, clients)) {
      assertThat(engine.getSettings()).isSameAs(settings);
      assertThat(log.messages()).isEmpty();
    }
  }

  @Test
  void openWhenValueMalformedThenOneLineCauseFirst() {
    Map<String, String> init = minimal();
    init.put("acceptsToken", "session_tokn");
    assertThatThrownBy(() -> open(init, Collections.<String>emptyList()))
        .hasMessage("Clerk filter \"clerk\" cannot start: Invalid Clerk filter setting acceptsToken (init-param "
            + "acceptsToken, system property clerk.acceptsToken, environment variable CLERK_ACCEPTS_TOKEN): "
            + "Unknown token type \"session_tokn\"; valid: session_token, api_key, m2m_token, oauth_token, any")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private Map<String, String> contextParams(String... pairs) {
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : minimal().entrySet()) {
      params.put("clerk." + e.getKey(), e.getValue());
    }
    params.put("contextConfigLocation", "/WEB-INF/app.xml");
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return params;
  }

  @Test
  void openFromContextParamsWhenClerkParamsThenTheyAreTheSettingsAndOthersAreIgnored() {
    Map<String, String> params = contextParams("clerk.acceptsToken", "any", "clerk.mode", "optional", "mode", "strict");
    try (ClerkFilterEngine engine = FilterStartup.openFromContextParams("localhost /app", params,
        Collections.<String>emptyList(), sources.props::get, sources.env::get, clients)) {
      assertThat(engine.getSettings().getAcceptsToken().getKind()).isEqualTo(AcceptsToken.Kind.ANY);
      assertThat(engine.getSettings().getMode()).isEqualTo(FilterMode.OPTIONAL);
    }
    assertThat(clients.size()).isZero();
  }

  @Test
  void openFromContextParamsWhenClerkParamMisspeltThenFailsNamingItAndTheClosestValidName() {
    Map<String, String> params = contextParams("clerk.acceptToken", "any");
    try (LogCapture log = LogCapture.of(OperatorLog.CONFIG)) {
      String expected = "Clerk authentication of \"localhost /app\" cannot start: Unknown Clerk setting "
          + "context-param \"clerk.acceptToken\" (did you mean \"clerk.acceptsToken\"?)";
      assertThatThrownBy(() -> FilterStartup.openFromContextParams("localhost /app", params,
          Collections.<String>emptyList(), sources.props::get, sources.env::get, clients))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(expected).hasNoCause();
      assertThat(log.messages(Level.SEVERE)).containsExactly(expected);
    }
    assertThat(clients.size()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "acceptsToken, M2M_Token, m2m_token",
      "acceptsToken, ' Any ', any",
      "mode, OPTIONAL, optional",
      "debugHeaders, TRUE, true",
      "roles, 'Org_Role, SCOPE', '[org_role, scope]'",
      "clockSkew, 2S, PT2S"})
  void openWhenKeywordValueInAnyCaseThenAccepted(String setting, String value, String expected) {
    Map<String, String> init = minimal();
    init.put(setting, value);
    init.put("machineSecretKey", sources.fake().secretKey());
    try (ClerkFilterEngine engine = open(init, Collections.<String>emptyList())) {
      assertThat(engine.getSettings().toString()).contains(setting + "=" + expected);
    }
  }
}
