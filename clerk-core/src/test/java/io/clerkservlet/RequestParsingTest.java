package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.internal.machine.MachineTokens;
import io.clerkservlet.internal.request.HeaderToken;
import io.clerkservlet.testkit.ClerkSigningKeys;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cookies, the Authorization header, acceptsToken values and token-kind detection. */
class RequestParsingTest {
  private static final ClerkTokens TOKENS = new ClerkTokens(new ClerkSigningKeys("ins_parse"), "clerk.example.com",
      Clock.systemUTC());

  private static ClerkRequest withCookie(String cookie) {
    return ClerkRequest.builder("get", "https://app.example.com/").header("Cookie", cookie).build();
  }

  @Test
  void cookiesArePercentDecodedFirstValueWinsAndQuotesStay() {
    ClerkRequest request = withCookie("__session=a%20b; __client_uat=1; __session=second; q=\"quoted\"");
    assertThat(request.getCookie("__session")).isEqualTo("a b");
    assertThat(request.getCookie("__client_uat")).isEqualTo("1");
    assertThat(request.getCookie("q")).isEqualTo("\"quoted\"");
    assertThat(request.getMethod()).isEqualTo("GET");
  }

  @Test
  void encodedDelimitersCannotForgeCookies() {
    ClerkRequest request = withCookie("a=x%3B%20__session%3Dforged");
    assertThat(request.getCookie("a")).isEqualTo("x; __session=forged");
    assertThat(request.getCookie("__session")).isNull();
  }

  @Test
  void malformedPercentEncodingKeepsTheRawValue() {
    assertThat(withCookie("a=%E0%A4%A; b=%zz; c=%C3%28").getCookies())
        .containsEntry("a", "%E0%A4%A").containsEntry("b", "%zz").containsEntry("c", "%C3%28");
  }

  @Test
  void severalCookieHeadersAreRead() {
    ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/")
        .header("cookie", "a=1").header("Cookie", "b=2").build();
    assertThat(request.getCookies()).containsEntry("a", "1").containsEntry("b", "2");
  }

  @Test
  void requestNeedsAnAbsoluteHttpUrl() {
    assertThatThrownBy(() -> ClerkRequest.builder("GET", "/relative").build())
        .hasMessage("url must be an absolute http(s) URL");
    assertThatThrownBy(() -> ClerkRequest.builder("GET", "ftp://x.example.com/").build())
        .hasMessage("url must be an absolute http(s) URL");
    assertThatThrownBy(() -> ClerkRequest.builder("", "https://x.example.com/").build())
        .hasMessage("method is required");
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(value = {
      "Bearer abc|abc", "abc|abc", "Basic abc|null", "bearer abc|null", "Bearer a b|a", "Bearer |Bearer",
      "'Bearer  x'|Bearer", "' x'|null", "|null"}, delimiter = '|', nullValues = "null")
  void headerTokenFollowsTheJavaScriptSplit(String header, String token) {
    assertThat(HeaderToken.from(header)).isEqualTo(token);
  }

  @Test
  void acceptsTokenParsesAnySingleValuesAndLists() {
    assertThat(AcceptsToken.parse("any")).isEqualTo(AcceptsToken.any());
    assertThat(AcceptsToken.parse("m2m_token").getKind()).isEqualTo(AcceptsToken.Kind.SINGLE);
    assertThat(AcceptsToken.parse("[m2m_token]").getKind()).isEqualTo(AcceptsToken.Kind.LIST);
    assertThat(AcceptsToken.parse(" m2m_token , api_key ").getTypes())
        .containsExactlyInAnyOrder(TokenType.M2M_TOKEN, TokenType.API_KEY);
    assertThat(AcceptsToken.parse("session_token").toString()).isEqualTo("session_token");
    assertThatThrownBy(() -> AcceptsToken.parse("cookie")).hasMessage("Unknown token type \"cookie\"; valid: session_token, api_key, m2m_token, oauth_token, any");
    assertThatThrownBy(() -> AcceptsToken.parse(" ")).hasMessage("acceptsToken must not be empty");
  }

  @Test
  void machineTokenDetectionFollowsPrefixesAndJwtShapes() {
    String oauthJwt = TOKENS.oauthJwt("user_1", "client").sign();
    String m2mJwt = TOKENS.m2mJwt("mch_1").sign();
    String session = TOKENS.sessionToken("user_1").sign();

    assertThat(MachineTokens.machineTokenType("mt_123")).isEqualTo(TokenType.M2M_TOKEN);
    assertThat(MachineTokens.machineTokenType("oat_123")).isEqualTo(TokenType.OAUTH_TOKEN);
    assertThat(MachineTokens.machineTokenType("ak_123")).isEqualTo(TokenType.API_KEY);
    assertThat(MachineTokens.machineTokenType(oauthJwt)).isEqualTo(TokenType.OAUTH_TOKEN);
    assertThat(MachineTokens.machineTokenType(m2mJwt)).isEqualTo(TokenType.M2M_TOKEN);
    assertThat(MachineTokens.isMachineToken("MT_123")).isFalse();
    assertThat(MachineTokens.isMachineToken(session)).isFalse();
    assertThat(MachineTokens.isMachineToken("")).isFalse();
    assertThat(MachineTokens.isM2MJwt(TOKENS.sessionToken("user_1").claim("sub", 42).sign())).isFalse();
    assertThatThrownBy(() -> MachineTokens.machineTokenType(session)).hasMessage("Unknown machine token type");
  }

  @Test
  void categoriesSeparateSessionFromOtherJwts() {
    assertThat(MachineTokens.hasNonSessionCategory(TOKENS.sessionToken("u").sign())).isFalse();
    assertThat(MachineTokens.hasNonSessionCategory(TOKENS.sessionToken("u").category(ClerkTokens.CATEGORY_SESSION)
        .sign())).isFalse();
    assertThat(MachineTokens.hasNonSessionCategory(TOKENS.sessionToken("u").category(ClerkTokens.CATEGORY_IGNORE)
        .sign())).isFalse();
    assertThat(MachineTokens.hasNonSessionCategory(TOKENS.jwtTemplate("u").sign())).isTrue();
    assertThat(MachineTokens.hasNonSessionCategory(TOKENS.sessionToken("u").category("cl_unknown").sign())).isTrue();
  }
}
