package io.clerkservlet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What can be known at filter start fails it, naming the setting: each accepted token kind needs its key. */
class FilterKeyRequirementsTest {
  private static final String MACHINE_KEY = "ak_" + "0123456789abcdef0123456789abcdef";
  private static final String SECRET_KEY_PREFIX = "Invalid Clerk filter setting secretKey (init-param secretKey, "
      + "system property clerk.secretKey, environment variable CLERK_SECRET_KEY): ";

  @RegisterExtension
  static final SettingSources sources = new SettingSources();

  private void keys(String keys) {
    sources.init.put("publishableKey", sources.fake().publishableKey());
    if (keys.contains("secret")) {
      sources.init.put("secretKey", sources.fake().secretKey());
    }
    if (keys.contains("machine")) {
      sources.init.put("machineSecretKey", MACHINE_KEY);
    }
    if (keys.contains("jwt")) {
      sources.init.put("jwtKey", sources.fake().jwtKeyPem());
    }
  }

  static Stream<Arguments> kindsWithoutTheirKey() {
    return Stream.of(
        Arguments.of("session_token", "machine", KeyRequirements.MISSING_KEY),
        Arguments.of("api_key", "jwt machine", KeyRequirements.MISSING_SECRET_KEY_FOR_API_KEYS),
        Arguments.of("m2m_token,api_key", "machine", KeyRequirements.MISSING_SECRET_KEY_FOR_API_KEYS),
        Arguments.of("any", "jwt", KeyRequirements.MISSING_SECRET_KEY_FOR_API_KEYS),
        Arguments.of("oauth_token", "jwt machine", KeyRequirements.MISSING_SECRET_KEY_FOR_OAUTH),
        Arguments.of("[oauth_token]", "jwt", KeyRequirements.MISSING_SECRET_KEY_FOR_OAUTH),
        Arguments.of("m2m_token", "", KeyRequirements.MISSING_KEY_FOR_M2M),
        Arguments.of("session_token,m2m_token", "jwt", KeyRequirements.MISSING_KEY_FOR_M2M));
  }

  @ParameterizedTest(name = "{0} with [{1}]")
  @MethodSource("kindsWithoutTheirKey")
  void startWhenAnAcceptedKindHasNoKeyThenFailsNamingSecretKey(String accepts, String keys, String message) {
    keys(keys);
    sources.init.put("acceptsToken", accepts);
    assertThatThrownBy(sources::resolve).isInstanceOf(IllegalArgumentException.class)
        .hasMessage((message.startsWith("secretKey ") ? SECRET_KEY_PREFIX : "Invalid Clerk filter configuration: ")
            + message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindsWithoutTheirKey")
  void startWhenEveryKeyIsSetThenEveryKindStarts(String accepts) {
    keys("secret machine jwt");
    sources.init.put("acceptsToken", accepts);
    assertThat(KeyRequirements.warning(sources.resolve())).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"m2m_token", "[m2m_token]"})
  void startWhenM2mWithOnlyMachineSecretKeyThenAllowedWithAWarningNamingSecretKeyAndJwtKey(String accepts) {
    keys("machine");
    sources.init.put("acceptsToken", accepts);
    assertThat(KeyRequirements.warning(sources.resolve())).startsWith("Clerk: acceptsToken=" + accepts + " with a ")
        .contains("JWT-format M2M tokens cannot be verified without secretKey (").contains("CLERK_JWT_KEY")
        .doesNotContain(MACHINE_KEY);
    sources.init.put("jwtKey", sources.fake().jwtKeyPem());
    assertThat(KeyRequirements.warning(sources.resolve())).isNull();
  }
}
