package io.clerkservlet.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testkit.RecordedExchange;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the contract check catches deviations from the spec and accepts what Clerk really does. */
class OpenApiContractTest {
  private static final String TOKEN_ID = "mt_0123456789abcdef0123456789abcdef";
  private static final String MACHINE = "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk";
  private static final String TOKEN = "{\"object\":\"machine_to_machine_token\",\"id\":\"" + TOKEN_ID
      + "\",\"subject\":\"" + MACHINE + "\",\"claims\":null,\"scopes\":[],\"revoked\":false,"
      + "\"revocation_reason\":null,\"expired\":false,\"expiration\":1716883200000,"
      + "\"last_used_at\":null,\"created_at\":1716883200000,\"updated_at\":1716883200000}";
  private static final String VERIFY_BODY = "{\"token\":\"mt_secret\"}";

  @ParameterizedTest
  @ValueSource(strings = {"/m2m_tokens/verify", "/v1/m2m_tokens/verify"})
  void conformingExchangePassesWithAndWithoutTheVersionPrefix(String path) {
    assertThat(OpenApiContract.violations(verify(path, VERIFY_BODY, 200, TOKEN))).isEmpty();
  }

  @Test
  void missingRequiredResponseFieldFails() {
    String withoutRevoked = TOKEN.replace("\"revoked\":false,", "");
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 200, withoutRevoked)))
        .anySatisfy(m -> assertThat(m).contains("validation.response.body.schema.required")
            .contains("revoked"));
  }

  @Test
  void undocumentedStatusFails() {
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 201, TOKEN)))
        .anySatisfy(m -> assertThat(m).contains("validation.response.status.unknown"));
  }

  @Test
  void extraFieldWhereTheSpecForbidsItFails() {
    String extra = TOKEN.replace("{\"object\"", "{\"token\":\"mt_secret\",\"object\"");
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 200, extra)))
        .anySatisfy(m -> assertThat(m).contains("additionalProperties").contains("token"));
  }

  @Test
  void unknownRequestBodyFieldAndMissingRequiredOneFail() {
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", "{\"secret\":\"x\"}", 200, TOKEN)))
        .anySatisfy(m -> assertThat(m).contains("validation.request.body.schema.additionalProperties"))
        .anySatisfy(m -> assertThat(m).contains("validation.request.body.schema.required"));
  }

  @Test
  void missingAuthorizationAndUnknownPathFail() {
    RecordedExchange noAuth = RecordedExchange.of("POST", "/m2m_tokens/verify", null,
        Map.of("Content-Type", List.of("application/json")), VERIFY_BODY, 200, json(), TOKEN, false);
    assertThat(OpenApiContract.violations(noAuth))
        .anySatisfy(m -> assertThat(m).contains("validation.request.security.missing"));
    assertThat(OpenApiContract.violations(verify("/v1/no_such_thing", VERIFY_BODY, 200, TOKEN)))
        .anySatisfy(m -> assertThat(m).contains("validation.request.path.missing"));
  }

  @Test
  void queryParametersAreChecked() {
    RecordedExchange list = RecordedExchange.of("GET", "/m2m_tokens", "subject=" + MACHINE + "&limit=101",
        headers(), "", 200, json(), "{\"m2m_tokens\":[" + TOKEN + "],\"total_count\":1}", false);
    assertThat(OpenApiContract.violations(list))
        .anySatisfy(m -> assertThat(m).contains("validation.request.parameter.schema.maximum"));
  }

  @Test
  void errorBodyWithTraceIdAndMetaIsAcceptedOnInlineErrorSchemas() {
    String error = "{\"errors\":[{\"message\":\"not found\",\"long_message\":\"Machine token not found\","
        + "\"code\":\"resource_not_found\",\"meta\":{}}],\"clerk_trace_id\":\"abc\"}";
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 404, error))).isEmpty();
    String noCode = error.replace(",\"code\":\"resource_not_found\"", "");
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 404, noCode)))
        .anySatisfy(m -> assertThat(m).contains("validation.response.body.schema.required"));
  }

  @Test
  void whitelisted401IsOnlyToleratedOnMachineAuthPaths() {
    String error = "{\"errors\":[{\"message\":\"m\",\"long_message\":\"l\",\"code\":\"c\"}]}";
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 401, error))).isEmpty();
    assertThat(OpenApiContract.violations(verify("/m2m_tokens/verify", VERIFY_BODY, 500, error)))
        .anySatisfy(m -> assertThat(m).contains("validation.response.status.unknown"));
  }

  @Test
  void assertConformsListsEveryFailingExchangeAndSkipsInjectedFaults() {
    RecordedExchange wrongStatus = verify("/m2m_tokens/verify", VERIFY_BODY, 201, TOKEN);
    RecordedExchange missingField = verify("/m2m_tokens/verify", VERIFY_BODY, 200, TOKEN.replace(
        "\"subject\":\"" + MACHINE + "\",", ""));
    assertThatThrownBy(() -> OpenApiContract.assertConforms(Arrays.asList(wrongStatus, missingField)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 exchange(s)")
        .hasMessageContaining("POST /m2m_tokens/verify -> 201")
        .hasMessageContaining("validation.response.status.unknown")
        .hasMessageContaining("subject");
    RecordedExchange fault = RecordedExchange.of("POST", "/m2m_tokens/verify", null, headers(),
        VERIFY_BODY, 503, json(), "<html>", true);
    assertThatCode(() -> OpenApiContract.assertConforms(Collections.singletonList(fault)))
        .doesNotThrowAnyException();
  }

  private static RecordedExchange verify(String path, String requestBody, int status, String body) {
    return RecordedExchange.of("POST", path, null, headers(), requestBody, status, json(), body, false);
  }

  private static Map<String, List<String>> headers() {
    return Map.of("Authorization", List.of("Bearer ak_0123456789abcdef0123456789abcdef"),
        "Content-Type", List.of("application/json; charset=UTF-8"), "Accept", List.of("application/json"));
  }

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }
}
