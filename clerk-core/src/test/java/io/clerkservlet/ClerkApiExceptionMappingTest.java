package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clerkservlet.testing.ClerkFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clerk's error answers become {@link ClerkApiException}s with every documented field. */
class ClerkApiExceptionMappingTest {
  private static final String VERIFY = "/m2m_tokens/verify";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504})
  void errorAnswerGivesStatusErrorsAndTraceIdFromTheBody(int status) {
    String trace = ", \"clerk_trace_id\": \"trace-" + status + "\"";
    clerk.fake().faults().respondNext(1, status, Map.of(), errorBody(trace));

    ClerkApiException e = verifyFails();

    assertThat(e.getStatus()).isEqualTo(status);
    assertThat(e.getErrors()).singleElement().satisfies(error -> {
      assertThat(error.getCode()).isEqualTo("form_param_format_invalid");
      assertThat(error.getMessage()).isEqualTo("is invalid");
      assertThat(error.getLongMessage()).isEqualTo("token is not valid.");
      assertThat(error.getMeta()).containsEntry("param_name", "token").containsEntry("attempts", 2);
    });
    assertThat(e.getCode()).isEqualTo("form_param_format_invalid");
    assertThat(e.getClerkTraceId()).isEqualTo("trace-" + status);
    assertThat(e.getRetryAfter()).isNull();
    assertThat(e.isServiceUnavailable()).isEqualTo(status >= 500 || status == 429);
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains("form_param_format_invalid")
        .doesNotContain(clerk.machine().getSecretKey());
  }

  @Test
  void traceIdFallsBackToTheCfRayHeader() {
    clerk.fake().faults().respondNext(1, 404, Map.of("cf-ray", "8f1c2d3e4a5b6c7d-AMS"), errorBody(""));
    assertThat(verifyFails().getClerkTraceId()).isEqualTo("8f1c2d3e4a5b6c7d-AMS");
  }

  @Test
  void traceIdOfTheBodyWinsOverCfRay() {
    clerk.fake().faults().respondNext(1, 404, Map.of("cf-ray", "ray-1"),
        errorBody(", \"clerk_trace_id\": \"body-trace\""));
    assertThat(verifyFails().getClerkTraceId()).isEqualTo("body-trace");
  }

  @Test
  void traceIdIsEmptyWhenNeitherBodyNorHeaderHasOne() {
    clerk.fake().faults().respondNext(1, 404, Map.of(), errorBody(""));
    assertThat(verifyFails().getClerkTraceId()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "7|7", "' 12 '|12", "0|0", "99999999999|2147483647",
      "soon|null", "Wed, 21 Oct 2015 07:28:00 GMT|null", "-1|null", "+5|null", "1.5|null", "''|null"})
  void retryAfterIsParsedAsSecondsAndNullWhenInvalid(String header, Integer expected) {
    clerk.fake().faults().respondNext(1, 429, Map.of("Retry-After", header), errorBody(""));
    assertThat(verifyFails().getRetryAfter()).isEqualTo(expected);
  }

  @Test
  void htmlErrorPageKeepsTheStatusWithNoErrors() {
    clerk.fake().faults().respondNext(1, 502, Map.of("Content-Type", "text/html", "cf-ray", "ray-502"),
        "<html><body><h1>502 Bad Gateway</h1></body></html>");

    ClerkApiException e = verifyFails();

    assertThat(e.getStatus()).isEqualTo(502);
    assertThat(e.getErrors()).isEmpty();
    assertThat(e.getCode()).isNull();
    assertThat(e.getClerkTraceId()).isEqualTo("ray-502");
    assertThat(e.isServiceUnavailable()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{\"errors\": \"nope\"}", "{\"errors\": [1, null]}"})
  void errorBodyWithoutAnErrorsArrayKeepsTheStatusWithNoErrors(String body) {
    clerk.fake().faults().respondNext(1, 400, Map.of(), body);
    ClerkApiException e = verifyFails();
    assertThat(e.getStatus()).isEqualTo(400);
    assertThat(e.getErrors()).isEmpty();
  }

  @Test
  void malformedJsonOn200IsAnUnexpectedResponse() {
    clerk.fake().faults().malformedNext(1);

    ClerkApiException e = verifyFails();

    assertThat(e.getStatus()).isEqualTo(200);
    assertThat(e.getCode()).isEqualTo(ClerkApiException.CODE_UNEXPECTED_RESPONSE);
    assertThat(e.getCause()).isNotNull();
  }

  private ClerkApiException verifyFails() {
    ClerkApiException e = catchThrowableOfType(ClerkApiException.class,
        () -> clerk.client().m2mTokens().verify("mt_0123456789abcdef0123456789abcdef"));
    assertThat(e).as("a ClerkApiException").isNotNull();
    assertThat(clerk.fake().exchanges("POST", VERIFY)).hasSize(1);
    return e;
  }

  private static String errorBody(String extra) {
    return "{\"errors\": [{\"message\": \"is invalid\", \"long_message\": \"token is not valid.\","
        + " \"code\": \"form_param_format_invalid\","
        + " \"meta\": {\"param_name\": \"token\", \"attempts\": 2}}]"
        + extra + "}";
  }
}
