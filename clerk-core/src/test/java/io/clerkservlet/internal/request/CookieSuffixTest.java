package io.clerkservlet.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.ClerkRequest;
import io.clerkservlet.testkit.ClerkSigningKeys;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** Cookie suffixes and the suffixed-or-unsuffixed choice (authenticateContext.test.ts). */
class CookieSuffixTest {
  private static final String FAPI = "clerk.inspired.puma-74.lcl.dev";
  private static final ClerkTokens TOKENS = new ClerkTokens(new ClerkSigningKeys("ins_test"), FAPI, Clock.systemUTC());
  private static final long NOW = Instant.now().toEpochMilli();

  @Test
  void suffixWhenKnownKeysThenReferenceVectors() {
    assertThat(SuffixedCookies.suffix("pk_live_Y2xlcmsuY2xlcmsuZGV2JA")).isEqualTo("1Z8AzTQD");
    assertThat(SuffixedCookies.suffix("pk_test_Y2xlcmsuY2xlcmsuZGV2JA")).isEqualTo("QvfNY2dr");
  }

  private static boolean uses(Map<String, String> cookies, boolean production) {
    StringJoiner header = new StringJoiner("; ");
    cookies.forEach((k, v) -> header.add(k + "=" + v));
    ClerkRequest request = ClerkRequest.builder("GET", "http://localhost/").header("cookie", header.toString()).build();
    return SuffixedCookies.usesSuffixed(request, "SFX", FAPI, production, NOW);
  }

  private static Map<String, String> cookies(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private static String token(Instant iat) {
    return TOKENS.sessionToken("user_1").issuedAt(iat).sign();
  }

  @Test
  void usesSuffixedWhenOnlyUnsuffixedCookiesThenUnsuffixed() {
    assertThat(uses(cookies("__client_uat", "1", "__session", token(Instant.now())), true)).isFalse();
  }

  @Test
  void usesSuffixedWhenBothPresentAndSuffixedNewerThenSuffixed() {
    Instant now = Instant.now();
    assertThat(uses(cookies("__client_uat", "1", "__session", token(now.minusSeconds(30)),
        "__client_uat_SFX", "1", "__session_SFX", token(now)), true)).isTrue();
  }

  @Test
  void usesSuffixedWhenUnsuffixedSessionNewerThenUnsuffixed() {
    Instant now = Instant.now();
    assertThat(uses(cookies("__client_uat", "1", "__session", token(now),
        "__client_uat_SFX", "1", "__session_SFX", token(now.minusSeconds(30))), true)).isFalse();
  }

  @Test
  void usesSuffixedWhenSessionOfAnotherInstanceThenSuffixed() {
    ClerkTokens other = new ClerkTokens(new ClerkSigningKeys("ins_other"), "clerk.other.test", Clock.systemUTC());
    assertThat(uses(cookies("__session", other.sessionToken("user_1").sign(), "__client_uat", "1"), true)).isTrue();
  }

  @Test
  void usesSuffixedWhenUnsuffixedSessionHasNoIssuerOrIsGarbageThenUnsuffixed() {
    assertThat(uses(cookies("__session", TOKENS.sessionToken("u").withoutClaim("iss").sign(),
        "__session_SFX", token(Instant.now()), "__client_uat_SFX", "1"), true)).isFalse();
    assertThat(uses(cookies("__session", "garbage", "__session_SFX", token(Instant.now()),
        "__client_uat_SFX", "1"), true)).isFalse();
  }

  @Test
  void usesSuffixedWhenIssuerIsNotAStringThenSuffixed() {
    assertThat(uses(cookies("__session", TOKENS.sessionToken("u").claim("iss", 42).sign()), true)).isTrue();
  }

  @Test
  void usesSuffixedWhenSuffixedUatZeroAndUnsuffixedActiveThenUnsuffixed() {
    assertThat(uses(cookies("__client_uat_SFX", "0", "__client_uat", "5"), true)).isFalse();
  }

  @Test
  void usesSuffixedWhenDevelopmentSignedOutUnsuffixedAndExpiredSuffixedThenUnsuffixed() {
    String expired = TOKENS.sessionToken("u").issuedAt(Instant.now().minus(Duration.ofHours(1))).sign();
    Map<String, String> c = cookies("__client_uat_SFX", "5", "__session_SFX", expired, "__client_uat", "0");

    assertThat(uses(c, false)).isFalse();
    assertThat(uses(c, true)).isTrue();
  }

  @Test
  void usesSuffixedWhenSuffixedSessionWithoutSuffixedUatThenUnsuffixed() {
    assertThat(uses(cookies("__session_SFX", token(Instant.now())), true)).isFalse();
  }

  @Test
  void usesSuffixedWhenOnlySuffixedCookiesThenSuffixed() {
    assertThat(uses(cookies("__session_SFX", token(Instant.now()), "__client_uat_SFX", "1"), true)).isTrue();
  }
}
