package io.clerkservlet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.PathGuard;
import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testkit.RecordedExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Resource ids can never leave their path segment; odd but safe ids are percent-encoded. */
class PathTraversalTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "%2e%2e", "%2E%2E", "%2e", ".%2e", "%252e%252e", "%25252e%25252e",
      "a/b", "a%2Fb", "a%252Fb", "..\\x", "a\\b", "%5c", "../mt_x", "mt_x/..", " ", "%20", "a\u0000b",
      "a%00b", "a\nb"})
  void unsafeIdIsRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> revoke(id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(PathGuard.UNSAFE_ID);
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @Test
  void emptyOrNullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> revoke("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(PathGuard.MISSING_ID);
    assertThatThrownBy(() -> revoke(null)).hasMessage(PathGuard.MISSING_ID);
    assertThat(clerk.fake().exchanges()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mt_a b|mt_a%20b",
      "mt_a+b|mt_a%2Bb",
      "mt_a?b=c|mt_a%3Fb%3Dc",
      "mt_a#b|mt_a%23b",
      "100%|100%25",
      "%41|%2541",
      "mt_ä|mt_%C3%A4",
      "...|...",
      "a.b~c-d_e|a.b~c-d_e"})
  void oddButSafeIdIsPercentEncodedIntoOneSegment(String id, String encoded) {
    clerk.skipContractCheck(); // the ids deliberately break the spec's mt_ pattern

    assertThatThrownBy(() -> revoke(id)).isInstanceOfSatisfying(ClerkApiException.class,
        e -> assertThat(e.getStatus()).isEqualTo(404));

    RecordedExchange call = clerk.fake().exchanges().get(0);
    assertThat(call.getRawPath()).isEqualTo("/m2m_tokens/" + encoded + "/revoke");
    assertThat(call.getPath()).isEqualTo("/m2m_tokens/" + id + "/revoke");
    assertThat(call.getRawQuery()).isNull();
  }

  private void revoke(String id) {
    clerk.client().m2mTokens().revokeToken(RevokeM2MTokenParams.builder().m2mTokenId(id).build());
  }
}
