package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.api.ListM2MTokensParams;
import io.clerkservlet.api.M2MTokenApi;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.testing.ClerkFixture;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code builderFromEnvironment} reads the six CLERK_* variables; blank means unset. */
class ClerkClientEnvironmentTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @Test
  void everyVariableIsRead() {
    Map<String, String> env = new HashMap<>();
    env.put("CLERK_SECRET_KEY", clerk.fake().secretKey());
    env.put("CLERK_MACHINE_SECRET_KEY", clerk.machine().getSecretKey());
    env.put("CLERK_PUBLISHABLE_KEY", clerk.fake().publishableKey());
    env.put("CLERK_JWT_KEY", clerk.fake().signingKeys().current().publicKeyPem());
    env.put("CLERK_API_URL", clerk.fake().apiUrl() + "/");
    env.put("CLERK_API_VERSION", "v1");

    try (ClerkClient client = ClerkClient.builderFromEnvironment(env).build()) {
      assertThat(client.getApiUrl()).isEqualTo(clerk.fake().apiUrl());
      assertThat(client.getApiVersion()).isEqualTo("v1");
      assertThat(client.getPublishableKey()).isEqualTo(clerk.fake().publishableKey());
      M2MToken token = client.m2mTokens().createToken();
      assertThat(token.getSubject()).isEqualTo(clerk.machine().getId());
    }
    assertThat(clerk.fake().exchanges("POST", "/m2m_tokens").get(0).requestHeader("Authorization"))
        .isEqualTo("Bearer " + clerk.machine().getSecretKey());
  }

  @Test
  void secretKeyAloneIsTheBearerAndValuesAreTrimmed() {
    Map<String, String> env = Map.of("CLERK_SECRET_KEY", " " + clerk.fake().secretKey() + "\n",
        "CLERK_MACHINE_SECRET_KEY", "  ", "CLERK_API_URL", "  " + clerk.fake().apiUrl() + " ");

    try (ClerkClient client = ClerkClient.builderFromEnvironment(env).build()) {
      client.m2mTokens().list(ListM2MTokensParams.builder().subject(clerk.machine().getId()).build());
      assertThatThrownBy(() -> client.m2mTokens().createToken())
          .isInstanceOf(IllegalStateException.class).hasMessage(M2MTokenApi.MISSING_MACHINE_SECRET_KEY);
    }
    assertThat(clerk.fake().exchanges()).singleElement()
        .satisfies(x -> assertThat(x.requestHeader("Authorization"))
            .isEqualTo("Bearer " + clerk.fake().secretKey()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void blankVariablesKeepTheDefaults(String blank) {
    Map<String, String> env = new HashMap<>();
    for (String name : new String[] {"CLERK_SECRET_KEY", "CLERK_MACHINE_SECRET_KEY", "CLERK_PUBLISHABLE_KEY",
        "CLERK_JWT_KEY", "CLERK_API_URL", "CLERK_API_VERSION"}) {
      env.put(name, blank);
    }
    try (ClerkClient client = ClerkClient.builderFromEnvironment(env).build()) {
      assertDefaults(client);
    }
  }

  @Test
  void missingVariablesKeepTheDefaults() {
    try (ClerkClient client = ClerkClient.builderFromEnvironment(Map.of()).build()) {
      assertDefaults(client);
    }
  }

  @Test
  void invalidValuesFailTheBuildNamingTheSetting() {
    assertThatThrownBy(() -> fromEnv("CLERK_JWT_KEY", "nope"))
        .hasMessage("jwtKey is not an RSA public key in PEM format");
    assertThatThrownBy(() -> fromEnv("CLERK_PUBLISHABLE_KEY", "pk_x"))
        .hasMessage("publishableKey must be a Clerk publishable key. "
            + "Publishable key not valid (expected format: pk_test_... or pk_live_...).");
    assertThatThrownBy(() -> fromEnv("CLERK_API_VERSION", "2026-05-12"))
        .hasMessage("apiVersion must look like v1: 2026-05-12");
    assertThatThrownBy(() -> fromEnv("CLERK_API_URL", "ftp://x"))
        .hasMessageStartingWith("apiUrl must be an absolute http or https URL");
    assertThatThrownBy(() -> fromEnv("CLERK_SECRET_KEY", "sk_test_a b"))
        .hasMessage("secretKey must be printable ASCII with no whitespace");
    assertThatThrownBy(() -> fromEnv("CLERK_MACHINE_SECRET_KEY", "ak_a b"))
        .hasMessage("machineSecretKey must be printable ASCII with no whitespace");
  }

  @Test
  void settingsAfterTheEnvironmentWin() {
    try (ClerkClient client = ClerkClient.builderFromEnvironment(Map.of("CLERK_API_VERSION", "v2"))
        .apiVersion("v1").apiUrl(clerk.fake().apiUrl()).build()) {
      assertThat(client.getApiVersion()).isEqualTo("v1");
      assertThat(client.getApiUrl()).isEqualTo(clerk.fake().apiUrl());
    }
  }

  private static ClerkClient fromEnv(String name, String value) {
    return ClerkClient.builderFromEnvironment(Map.of(name, value)).build();
  }

  private static void assertDefaults(ClerkClient client) {
    assertThat(client.getApiUrl()).isEqualTo(ClerkClient.DEFAULT_API_URL);
    assertThat(client.getApiVersion()).isEqualTo(ClerkClient.DEFAULT_API_VERSION);
    assertThat(client.getPublishableKey()).isNull();
    assertThat(client.toString()).contains("secretKey=null").contains("machineSecretKey=null");
    assertThatThrownBy(() -> client.m2mTokens().createToken())
        .isInstanceOf(IllegalStateException.class).hasMessage(M2MTokenApi.MISSING_MACHINE_SECRET_KEY);
  }
}
