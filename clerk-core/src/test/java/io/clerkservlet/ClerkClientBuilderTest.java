package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testkit.ClerkSigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ClerkClient.Builder#build()} names the first invalid setting with an exact message. */
class ClerkClientBuilderTest {
  private static final String PEM = new ClerkSigningKeys("ins_test").current().publicKeyPem();
  private static final String PK_MESSAGE = "publishableKey must be a Clerk publishable key. "
      + "Publishable key not valid (expected format: pk_test_... or pk_live_...).";
  private static final String JWT_MESSAGE = "jwtKey is not an RSA public key in PEM format";
  private static final String ASCII = " must be printable ASCII with no whitespace";
  private static final String POSITIVE = " must be a positive duration";

  static Stream<Arguments> invalidSettings() throws NoSuchAlgorithmException {
    String ecPem = ecPem();
    return Stream.of(
        badUrl(null), badUrl(""), badUrl("api.clerk.com"), badUrl("ftp://api.clerk.com"),
        badUrl("https://"), badUrl("/v1"), badUrl("https://api.clerk.com?x=1"),
        badUrl("https://api.clerk.com#f"), badUrl("http://[bad"), badUrl(" https://api.clerk.com"),
        invalid("apiUrl user info", b -> b.apiUrl("https://user:pw@api.clerk.com"),
            urlMessage("https://[redacted]@api.clerk.com")),
        badVersion(null), badVersion(""), badVersion("1"), badVersion("v"), badVersion("V1"),
        badVersion("v1beta"), badVersion("v1/"),
        invalid("connectTimeout null", b -> b.connectTimeout(null), "connectTimeout" + POSITIVE),
        invalid("connectTimeout 0", b -> b.connectTimeout(Duration.ZERO), "connectTimeout" + POSITIVE),
        invalid("connectTimeout -1s", b -> b.connectTimeout(Duration.ofSeconds(-1)),
            "connectTimeout" + POSITIVE),
        invalid("readTimeout null", b -> b.readTimeout(null), "readTimeout" + POSITIVE),
        invalid("readTimeout 0", b -> b.readTimeout(Duration.ZERO), "readTimeout" + POSITIVE),
        invalid("readTimeout -5ms", b -> b.readTimeout(Duration.ofMillis(-5)), "readTimeout" + POSITIVE),
        invalid("secretKey space", b -> b.secretKey("sk_test_a b"), "secretKey" + ASCII),
        invalid("secretKey tab", b -> b.secretKey("sk_test_a\tb"), "secretKey" + ASCII),
        invalid("secretKey newline", b -> b.secretKey("sk_test_a\nb"), "secretKey" + ASCII),
        invalid("secretKey non-ASCII", b -> b.secretKey("sk_test_\u00e9"), "secretKey" + ASCII),
        invalid("machineSecretKey space", b -> b.machineSecretKey("ak_a b"), "machineSecretKey" + ASCII),
        badPublishableKey("pk_prod_Y2xlcmsuZXhhbXBsZS5jb20k"), badPublishableKey("sk_test_abc"),
        badPublishableKey("pk_test_!!!"), badPublishableKey("pk_test_" + base64("clerk.example.com")),
        badPublishableKey("pk_test_" + base64("localhost$")),
        invalid("jwtKey text", b -> b.jwtKey("not a key"), JWT_MESSAGE),
        invalid("jwtKey truncated", b -> b.jwtKey(PEM.substring(0, PEM.length() / 2)), JWT_MESSAGE),
        invalid("jwtKey EC", b -> b.jwtKey(ecPem), JWT_MESSAGE),
        invalid("clock null", b -> b.clock(null), "clock is required"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSettings")
  void buildRejectsTheInvalidSettingWithItsExactMessage(String name,
      UnaryOperator<ClerkClient.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(ClerkClient.builder()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://api.clerk.com|https://api.clerk.com",
      "https://api.clerk.com/|https://api.clerk.com",
      "http://127.0.0.1:8080/proxy/|http://127.0.0.1:8080/proxy",
      "HTTPS://api.clerk.com|HTTPS://api.clerk.com"})
  void apiUrlLosesOneTrailingSlash(String apiUrl, String expected) {
    try (ClerkClient client = ClerkClient.builder().apiUrl(apiUrl).build()) {
      assertThat(client.getApiUrl()).isEqualTo(expected);
    }
  }

  @Test
  void defaultsAreClerksProductionApi() {
    try (ClerkClient client = ClerkClient.builder().build()) {
      assertThat(client.getApiUrl()).isEqualTo(ClerkClient.DEFAULT_API_URL);
      assertThat(client.getApiVersion()).isEqualTo("v1");
      assertThat(client.getPublishableKey()).isNull();
      assertThat(client.getClock()).isNotNull();
    }
  }

  @Test
  void keysAreTrimmedAndBlankMeansNone() {
    String pk = "pk_test_" + base64("clerk.example.com$");
    try (ClerkClient client = ClerkClient.builder().secretKey("  sk_test_abc \n")
        .machineSecretKey(" \t ").publishableKey(" " + pk + " ").jwtKey("   ").apiVersion("v2")
        .build()) {
      assertThat(client.getPublishableKey()).isEqualTo(pk);
      assertThat(client.getApiVersion()).isEqualTo("v2");
      assertThat(client.toString()).contains("machineSecretKey=null").contains("secretKey=[redacted]");
    }
  }

  @Test
  void toStringNeverShowsSecrets() {
    try (ClerkClient client = ClerkClient.builder().secretKey("sk_test_SECRETVALUE123")
        .machineSecretKey("ak_MACHINESECRET456").jwtKey(PEM).build()) {
      assertThat(client.toString()).contains("https://api.clerk.com").contains("v1")
          .doesNotContain("SECRETVALUE123").doesNotContain("MACHINESECRET456")
          .doesNotContain("sk_test_").doesNotContain("ak_").doesNotContain("BEGIN PUBLIC KEY");
    }
  }

  private static Arguments invalid(String name, UnaryOperator<ClerkClient.Builder> change,
      String message) {
    return Arguments.of(name, change, message);
  }

  private static Arguments badUrl(String url) {
    return invalid("apiUrl " + url, b -> b.apiUrl(url), urlMessage(url));
  }

  private static String urlMessage(String shown) {
    return "apiUrl must be an absolute http or https URL without query or fragment: " + shown;
  }

  private static Arguments badVersion(String version) {
    return invalid("apiVersion " + version, b -> b.apiVersion(version),
        "apiVersion must look like v1: " + version);
  }

  private static Arguments badPublishableKey(String key) {
    return invalid("publishableKey " + key, b -> b.publishableKey(key), PK_MESSAGE);
  }

  private static String base64(String text) {
    return Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String ecPem() throws NoSuchAlgorithmException {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(ec.generateKeyPair().getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----";
  }
}
