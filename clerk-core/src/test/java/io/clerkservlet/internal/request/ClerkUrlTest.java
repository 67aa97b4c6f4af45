package io.clerkservlet.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.ClerkRequest;
import org.junit.jupiter.api.Test;

/** The public URL behind proxies and the cookies of a request (clerkRequest.test.ts). */
class ClerkUrlTest {
  private static ClerkUrl url(String url, String... headers) {
    ClerkRequest.Builder b = ClerkRequest.builder("GET", url);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return ClerkUrl.fromRequest(b.build());
  }

  @Test
  void publicUrlWhenNoProxyHeadersThenRequestUrl() {
    assertThat(url("http://localhost:3000").href()).isEqualTo("http://localhost:3000/");
    assertThat(url("http://localhost:3000/path?foo=bar").href()).isEqualTo("http://localhost:3000/path?foo=bar");
  }

  @Test
  void publicUrlWhenForwardedHostAndProtoThenFirstValuesWin() {
    assertThat(url("http://localhost:3000/path", "x-forwarded-host", "example.com", "x-forwarded-proto", "https,http")
        .href()).isEqualTo("https://example.com/path");
    assertThat(url("http://localhost:3000/path?foo=bar", "x-forwarded-host", "example.com,example-2.com").href())
        .isEqualTo("http://example.com/path?foo=bar");
  }

  @Test
  void publicUrlWhenForwardedHostAndHostThenForwardedWins() {
    assertThat(url("http://localhost:3000/path", "x-forwarded-host", "example.com", "x-forwarded-proto", "https",
        "host", "example-host.com").href()).isEqualTo("https://example.com/path");
    assertThat(url("http://localhost:3000/path", "host", "example-host.com").href())
        .isEqualTo("http://example-host.com/path");
  }

  @Test
  void publicUrlWhenOnlyForwardedProtoThenHostHeaderGivesTheHost() {
    assertThat(url("http://localhost:3000/path", "x-forwarded-proto", "https", "host", "localhost:3000").href())
        .isEqualTo("https://localhost:3000/path");
    assertThat(url("http://localhost:3000/path", "x-forwarded-proto", "https").href())
        .isEqualTo("http://localhost:3000/path");
  }

  @Test
  void publicUrlWhenForwardedHostIsMaliciousThenRequestUrlKept() {
    assertThat(url("http://localhost:3000/path", "x-forwarded-host", "evil.com/steal?x=").href())
        .isEqualTo("http://localhost:3000/path");
    assertThat(url("http://localhost:3000/path", "x-forwarded-host", "user@evil.com").href())
        .isEqualTo("http://localhost:3000/path");
    assertThat(url("http://localhost:3000/path", "x-forwarded-host", "bad host").href())
        .isEqualTo("http://localhost:3000/path");
  }

  @Test
  void publicUrlWhenPathHasDuplicateLeadingSlashesThenKept() {
    assertThat(url("http://localhost:3000//path").href()).isEqualTo("http://localhost:3000//path");
    assertThat(url("http://localhost:3000////path", "x-forwarded-host", "example.com").href())
        .isEqualTo("http://example.com////path");
  }

  @Test
  void originWhenDefaultPortThenLeftOut() {
    assertThat(url("https://Example.COM:443/a").origin()).isEqualTo("https://example.com");
    assertThat(url("http://example.com:8080/a").origin()).isEqualTo("http://example.com:8080");
  }

  @Test
  void queryWhenChangedThenReserializedInFormEncoding() {
    ClerkUrl u = ClerkUrl.parse("http://a.test/p?x=a%20b&y=1&x=2#h");

    assertThat(u.queryParam("x")).isEqualTo("a b");
    assertThat(u.withoutQueryParams("y").href()).isEqualTo("http://a.test/p?x=a+b&x=2#h");
    assertThat(u.withQueryParamSet("x", "z").href()).isEqualTo("http://a.test/p?x=z&y=1#h");
    assertThat(u.withQueryParamAppended("u", "http://b/c").href())
        .isEqualTo("http://a.test/p?x=a+b&y=1&x=2&u=http%3A%2F%2Fb%2Fc#h");
    assertThat(ClerkUrl.parse("http://a.test/p?only=1").withoutQueryParams("only").href())
        .isEqualTo("http://a.test/p");
  }

  @Test
  void cookiesWhenEncodedDelimitersThenNoForgedCookiesAndFirstWins() {
    ClerkRequest r = ClerkRequest.builder("GET", "http://a.test/")
        .header("cookie", "foo=%20bar%3B%20baz%3Dqux; foo=second; bad=%E0%A4%A; ok=%F0%9F%98%80").build();

    assertThat(r.getCookie("foo")).isEqualTo(" bar; baz=qux");
    assertThat(r.getCookie("baz")).isNull();
    assertThat(r.getCookie("bad")).isEqualTo("%E0%A4%A");
    assertThat(r.getCookie("ok")).isEqualTo("\uD83D\uDE00");
  }
}
