package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.testing.ClerkFixture;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 rule 3: a {@code Cookie} header is parsed as the {@code cookie} 1.1.1 parser bundled in
 * {@code @clerk/backend} 3.25.0 parses it. The expected maps below are that parser's output for
 * each header (taken by running the bundled parser); quotes are never removed.
 */
class CookieParsingTest {
  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  static Stream<Arguments> headers() {
    return Stream.of(
        parsed("quoted value", "__session=\"eyJhbGc.eyJzdWI.c2ln\"", "__session", "\"eyJhbGc.eyJzdWI.c2ln\""),
        parsed("half-quoted, opening quote only", "__session=\"eyJhbGc.eyJzdWI.c2ln", "__session", "\"eyJhbGc.eyJzdWI.c2ln"),
        parsed("half-quoted, closing quote only", "__session=eyJhbGc.eyJzdWI.c2ln\"", "__session", "eyJhbGc.eyJzdWI.c2ln\""),
        parsed("empty quotes", "__session=\"\"", "__session", "\"\""),
        parsed("single quote character", "__session=\"", "__session", "\""),
        parsed("quoted with spaces around", "__session =  \"a b\"  ; x=1", "__session", "\"a b\"", "x", "1"),
        parsed("quoted and percent-encoded", "a=\"%41%20b\"", "a", "\"A b\""),
        parsed("spaces and tabs trimmed", "a=\011 1 \011; \011b\011=2", "a", "1", "b", "2"),
        parsed("other whitespace kept", "a=\0131\013; b=\u00a02; c=\0123", "a", "\0131\013", "b", "\u00a02", "c", "\0123"),
        parsed("first value wins", "a=1; a=2", "a", "1"),
        parsed("first empty value wins", "a=; a=2", "a", ""),
        parsed("pairs without = skipped", "flag; a=1; other ;b=2; last", "a", "1", "b", "2"),
        parsed("empty pairs skipped", ";;a=1;;", "a", "1"),
        parsed("name with inner space", "a b=1", "a b", "1"),
        parsed("empty name", "=v; a=1", "", "v", "a", "1"),
        parsed("value keeps later =", "a==1=2", "a", "=1=2"),
        parsed("percent-encoded space and delimiters", "a=x%3B%20b%3Dforged", "a", "x; b=forged"),
        parsed("lone percent", "a=100%", "a", "100%"),
        parsed("one hex digit", "a=%4", "a", "%4"),
        parsed("not hex", "a=%zz", "a", "%zz"),
        parsed("invalid UTF-8", "a=%C3%28", "a", "%C3%28"),
        parsed("truncated UTF-8", "a=%E0%A4%A", "a", "%E0%A4%A"),
        parsed("encoded surrogate", "a=%ED%A0%80", "a", "%ED%A0%80"),
        parsed("overlong", "a=%C0%AF", "a", "%C0%AF"),
        parsed("above U+10FFFF", "a=%F4%90%80%80", "a", "%F4%90%80%80"),
        parsed("byte order mark kept", "a=%EF%BB%BFx", "a", "\ufeffx"),
        parsed("four-byte sequence", "a=%F0%9F%98%80", "a", "\ud83d\ude00"),
        parsed("lower-case hex", "a=caf%c3%a9", "a", "caf\u00e9"),
        parsed("fullwidth digits are not hex", "a=%\uff11\uff11", "a", "%\uff11\uff11"),
        parsed("plus kept", "a=a+b%20c", "a", "a+b c"),
        parsed("raw non-ASCII kept", "a=\u00e9%20\u00e9; b=\u00e9", "a", "\u00e9 \u00e9", "b", "\u00e9"),
        parsed("escape split across a raw character", "a=%C3x%A9", "a", "%C3x%A9"),
        parsed("one character header", "a"),
        parsed("one character =", "="),
        parsed("only =v", "=1", "", "1"),
        parsed("__proto__ name", "__proto__=x; constructor=y", "__proto__", "x", "constructor", "y"),
        parsed("no spaces", "a=1;b=2", "a", "1", "b", "2"),
        parsed("trailing semicolon", "a=1;", "a", "1"),
        parsed("semicolon inside quotes still splits", "a=\"x;y\"; b=2", "a", "\"x", "b", "2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void whenCookieHeaderIsParsedThenMatchesTheBundledParser(String name, String header, Map<String, String> expected) {
    ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/").header("cookie", header).build();

    assertThat(request.getCookies()).containsExactlyEntriesOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void whenOneCookieIsReadByNameThenSameValueAsTheParsedMap(String name, String header, Map<String, String> expected) {
    for (String cookie : expected.keySet()) {
      ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/").header("cookie", header).build();
      assertThat(request.getCookie(cookie)).as(cookie).isEqualTo(expected.get(cookie));
    }
    for (String absent : new String[] {"__session", "__client_uat", "a ", " a", "A", "b", ""}) {
      ClerkRequest request = ClerkRequest.builder("GET", "https://app.example.com/").header("cookie", header).build();
      assertThat(request.getCookie(absent)).as(absent).isEqualTo(expected.get(absent));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void whenRandomHeadersAreReadByNameThenEveryNameMatchesTheParsedMap(long seed) {
    Random random = new Random(seed);
    String alphabet = "ab=; \t\"%4C1_";
    for (int round = 0; round < 500; round++) {
      StringBuilder header = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        header.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Map<String, String> all = ClerkRequest.builder("GET", "https://app.example.com/")
          .header("cookie", header.toString()).build().getCookies();
      for (String name : new String[] {"a", "b", "ab", "", "_", "a b", "1"}) {
        ClerkRequest fresh = ClerkRequest.builder("GET", "https://app.example.com/")
            .header("cookie", header.toString()).build();
        assertThat(fresh.getCookie(name)).as("%s in [%s]", name, header).isEqualTo(all.get(name));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"%s\"", "\"%s", "%s\"", " \"%s\" ", "\"%s\"\""})
  void whenSessionCookieIsQuotedOrHalfQuotedThenTokenInvalidNotSignedIn(String shape) {
    String token = clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz")
        .authorizedParty("https://app.example.com").sign();
    try (ClerkClient client = clerk.clientBuilder().publishableKey(clerk.fake().productionPublishableKey()).build()) {
      assertThat(client.authenticateRequest(page("__session=" + token + "; __client_uat=1")).getStatus())
          .as("the unquoted cookie signs in").isEqualTo(AuthStatus.SIGNED_IN);

      RequestState state = client.authenticateRequest(page("__session=" + String.format(shape, token)
          + "; __client_uat=1"));

      assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
      assertThat(state.getReason()).isEqualTo("token-invalid");
      assertThat(state.toAuth().getUserId()).isNull();
    }
  }

  private static ClerkRequest page(String cookie) {
    return ClerkRequest.builder("GET", "https://app.example.com/").header("sec-fetch-dest", "document")
        .header("cookie", cookie).build();
  }

  private static Arguments parsed(String name, String header, String... pairs) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      expected.put(pairs[i], pairs[i + 1]);
    }
    return Arguments.of(name, header, expected);
  }
}
