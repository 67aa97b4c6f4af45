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
  private static final String URL_MESSAGE =
      "apiUrl must be an absolute http or https URL without query or fragment: ";
  private static final String PEM = new ClerkSigningKeys("ins_test").current().publicKeyPem();

  static Stream<Arguments> invalidSettings() throws NoSuchAlgorithmException {
    String ecPem = ecPem();
    return Stream.of(
        invalid("apiUrl null", b -> b.apiUrl(null), URL_MESSAGE + "null"),
        invalid("apiUrl empty", b -> b.apiUrl(""), URL_MESSAGE),
        invalid("apiUrl without scheme", b -> b.apiUrl("api.clerk.com"), URL_MESSAGE + "api.clerk.com"),
        invalid("apiUrl ftp", b -> b.apiUrl("ftp://api.clerk.com"), URL_MESSAGE + "ftp://api.clerk.com"),
        invalid("apiUrl without host", b -> b.apiUrl("https://"), URL_MESSAGE + "https://"),
        invalid("apiUrl relative", b -> b.apiUrl("/v1"), URL_MESSAGE + "/v1"),
        invalid("apiUrl query", b -> b.apiUrl("https://api.clerk.com?x=1"), URL_MESSAGE + "https://api.clerk.com?x=1"),
        invalid("apiUrl fragment", b -> b.apiUrl("https://api.clerk.com#f"), URL_MESSAGE + "https://api.clerk.com#f"),
        invalid("apiUrl syntax", b -> b.apiUrl("http://[bad"), URL_MESSAGE + "http://[bad"),
        invalid("apiUrl space", b -> b.apiUrl(" https://api.clerk.com"), URL_MESSAGE + " https://api.clerk.com"),
        invalid("apiUrl user info", b -> b.apiUrl("https://user:pw@api.clerk.com"),
            URL_MESSAGE + "https://[redacted]@api.clerk.com"),
        invalid("apiVersion null", b -> b.apiVersion(null), "apiVersion must look like v1: null"),
        invalid("apiVersion empty", b -> b.apiVersion(""), "apiVersion must look like v1: "),
        invalid("apiVersion digits", b -> b.apiVersion("1"), "apiVersion must look like v1: 1"),
        invalid("apiVersion v", b -> b.apiVersion("v"), "apiVersion must look like v1: v"),
        invalid("apiVersion upper", b -> b.apiVersion("V1"), "apiVersion must look like v1: V1"),
        invalid("apiVersion suffix", b -> b.apiVersion("v1beta"), "apiVersion must look like v1: v1beta"),
        invalid("apiVersion slash", b -> b.apiVersion("v1/"), "apiVersion must look like v1: v1/"),
        invalid("connectTimeout null", b -> b.connectTimeout(null), "connectTimeout must be a positive duration"),
        invalid("connectTimeout zero", b -> b.connectTimeout(Duration.ZERO), "connectTimeout must be a positive duration"),
        invalid("connectTimeout negative", b -> b.connectTimeout(Duration.ofSeconds(-1)),
            "connectTimeout must be a positive duration"),
        invalid("readTimeout null", b -> b.readTimeout(null), "readTimeout must be a positive duration"),
        invalid("readTimeout zero", b -> b.readTimeout(Duration.ZERO), "readTimeout must be a positive duration"),
        invalid("readTimeout negative", b -> b.readTimeout(Duration.ofMillis(-5)), "readTimeout must be a positive duration"),
        invalid("secretKey space", b -> b.secretKey("sk_test_a b"), "secretKey must be printable ASCII with no whitespace"),
        invalid("secretKey tab", b -> b.secretKey("sk_test_a\tb"), "secretKey must be printable ASCII with no whitespace"),
        invalid("secretKey newline", b -> b.secretKey("sk_test_a\nb"), "secretKey must be printable ASCII with no whitespace"),
        invalid("secretKey non-ASCII", b -> b.secretKey("sk_test_\u00e9"), "secretKey must be printable ASCII with no whitespace"),
        invalid("machineSecretKey space", b -> b.machineSecretKey("ak_a b"),
            "machineSecretKey must be printable ASCII with no whitespace"),
        invalid("publishableKey prefix", b -> b.publishableKey("pk_prod_Y2xlcmsuZXhhbXBsZS5jb20k"), PK_MESSAGE),
        invalid("publishableKey secret", b -> b.publishableKey("sk_test_abc"), PK_MESSAGE),
        invalid("publishableKey base64", b -> b.publishableKey("pk_test_!!!"), PK_MESSAGE),
        invalid("publishableKey no dollar", b -> b.publishableKey("pk_test_" + base64("clerk.example.com")), PK_MESSAGE),
        invalid("publishableKey no dot", b -> b.publishableKey("pk_test_" + base64("localhost$")), PK_MESSAGE),
        invalid("jwtKey text", b -> b.jwtKey("not a key"), JWT_MESSAGE),
        invalid("jwtKey truncated", b -> b.jwtKey(PEM.substring(0, PEM.length() / 2)), JWT_MESSAGE),
        invalid("jwtKey EC", b -> b.jwtKey(ecPem), JWT_MESSAGE),
        invalid("clock null", b -> b.clock(null), "clock is required"));
  }

  private static final String PK_MESSAGE = "publishableKey is not a valid Clerk publishable key";
  private static final String JWT_MESSAGE = "jwtKey is not an RSA public key in PEM format";

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSettings")
  void buildRejectsTheInvalidSettingWithItsExactMessage(String name, UnaryOperator<ClerkClient.Builder> change,
      String message) {
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
    try (ClerkClient client = ClerkClient.builder().secretKey("  sk_test_abc \n").machineSecretKey(" \t ")
        .publishableKey(" " + pk + " ").jwtKey("   ").apiVersion("v2").build()) {
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

  private static Arguments invalid(String name, UnaryOperator<ClerkClient.Builder> change, String message) {
    return Arguments.of(name, change, message);
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
