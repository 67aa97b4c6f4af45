package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.RawJws;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 rule 1: a JOSE header and payload are UTF-8 JSON, exactly (RFC 7515 §2, RFC 7519 §7.2).
 * Every hostile token here carries a valid signature by the instance key over its exact text, and
 * the same token in UTF-8 verifies, so only the encoding rule can reject it.
 */
class JoseUtf8JsonTest {
  private static final String DECODE_FAILED =
      "Invalid JWT form. The header, payload, or signature could not be decoded.";
  private static final String MARK = "\u00a7MARK\u00a7";

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  enum Part { HEADER, PAYLOAD }

  static Stream<Arguments> foreignEncodings() {
    Object[][] encodings = {
        {"UTF-16LE", bytes()}, {"UTF-16LE", bytes(0xFF, 0xFE)},
        {"UTF-16BE", bytes()}, {"UTF-16BE", bytes(0xFE, 0xFF)},
        {"UTF-32LE", bytes()}, {"UTF-32LE", bytes(0xFF, 0xFE, 0, 0)},
        {"UTF-32BE", bytes()}, {"UTF-32BE", bytes(0, 0, 0xFE, 0xFF)},
        {"UTF-8", bytes(0xEF, 0xBB, 0xBF)}};
    List<Arguments> cases = new ArrayList<>();
    for (Part part : Part.values()) {
      for (Object[] encoding : encodings) {
        byte[] bom = (byte[]) encoding[1];
        String name = part + " in " + encoding[0] + (bom.length == 0 ? " without" : " with") + " a byte order mark";
        cases.add(Arguments.of(name, part, Charset.forName((String) encoding[0]), bom));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignEncodings")
  void whenHeaderOrPayloadIsNotBareUtf8ThenTokenInvalidBeforeAnyKeyFetch(String name, Part part, Charset charset,
      byte[] bom) {
    Map<String, Object> header = header();
    Map<String, Object> claims = claims();
    byte[] headerBytes = part == Part.HEADER ? RawJws.encoded(RawJws.json(header), charset, bom) : RawJws.utf8(header);
    byte[] payloadBytes = part == Part.PAYLOAD ? RawJws.encoded(RawJws.json(claims), charset, bom)
        : RawJws.utf8(claims);

    assertTokenInvalid(RawJws.sign(headerBytes, payloadBytes, clerk.fake().signingKeys().current().privateKey()));
    assertThat(clerk.fake().exchanges()).as("rejected before the JWKS is fetched").isEmpty();
    assertVerifiesInUtf8(header, claims);
  }

  static Stream<Arguments> malformedUtf8() {
    Object[][] sequences = {
        {"overlong '/'", bytes(0xC0, 0xAF)},
        {"overlong NUL", bytes(0xC0, 0x80)},
        {"overlong 3-byte '/'", bytes(0xE0, 0x80, 0xAF)},
        {"overlong 4-byte", bytes(0xF0, 0x80, 0x80, 0xAF)},
        {"encoded high surrogate", bytes(0xED, 0xA0, 0x80)},
        {"encoded low surrogate", bytes(0xED, 0xB0, 0x80)},
        {"truncated 3-byte sequence", bytes(0xE2, 0x82)},
        {"lone continuation byte", bytes(0x80)},
        {"byte 0xFE", bytes(0xFE)},
        {"5-byte form", bytes(0xF8, 0x88, 0x80, 0x80, 0x80)},
        {"above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80)},
        {"Latin-1 e-acute", bytes(0xE9)}};
    List<Arguments> cases = new ArrayList<>();
    for (Part part : Part.values()) {
      for (Object[] sequence : sequences) {
        cases.add(Arguments.of(sequence[0] + " in the " + part, part, sequence[1]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUtf8")
  void whenHeaderOrPayloadHasMalformedUtf8InAStringThenTokenInvalid(String name, Part part, byte[] malformed) {
    Map<String, Object> header = header();
    Map<String, Object> claims = claims();
    (part == Part.HEADER ? header : claims).put("x", MARK);
    byte[] headerBytes = RawJws.utf8(header);
    byte[] payloadBytes = RawJws.utf8(claims);

    assertTokenInvalid(RawJws.sign(part == Part.HEADER ? replaceMark(headerBytes, malformed) : headerBytes,
        part == Part.PAYLOAD ? replaceMark(payloadBytes, malformed) : payloadBytes,
        clerk.fake().signingKeys().current().privateKey()));
  }

  @Test
  void whenPartsAreUtf8WithNonAsciiTextThenVerifiesAndKeepsTheText() {
    Map<String, Object> header = header();
    header.put("x", "caf\u00e9");
    Map<String, Object> claims = claims();
    claims.put("name", "Zo\u00eb \u2713 \ud834\udd1e \uFEFF");

    Map<String, Object> verified = clerk.client().verifyToken(
        RawJws.sign(RawJws.utf8(header), RawJws.utf8(claims), clerk.fake().signingKeys().current().privateKey()));

    assertThat(verified).containsEntry("name", "Zo\u00eb \u2713 \ud834\udd1e \uFEFF");
  }

  @Test
  void whenPayloadHasARawNulByteThenTokenInvalid() {
    Map<String, Object> claims = claims();
    claims.put("name", MARK);

    assertTokenInvalid(RawJws.sign(RawJws.utf8(header()), replaceMark(RawJws.utf8(claims), bytes(0x00)),
        clerk.fake().signingKeys().current().privateKey()));
  }

  @Test
  void whenAuthorizationHeaderCarriesAUtf16PayloadThenSignedOutTokenInvalid() {
    byte[] payload = RawJws.encoded(RawJws.json(claims()), StandardCharsets.UTF_16LE);
    String token = RawJws.sign(RawJws.utf8(header()), payload, clerk.fake().signingKeys().current().privateKey());
    try (ClerkClient client = clerk.clientBuilder().publishableKey(clerk.fake().publishableKey()).build()) {
      RequestState state = client.authenticateRequest(ClerkRequest.builder("GET", "https://app.example.com/")
          .header("Authorization", "Bearer " + token).build());

      assertThat(state.getStatus()).isEqualTo(AuthStatus.SIGNED_OUT);
      assertThat(state.getReason()).isEqualTo("token-invalid");
      assertThat(state.getMessage()).isEqualTo(DECODE_FAILED + " (reason=token-invalid, token-carrier=header)");
    }
  }

  private Map<String, Object> header() {
    return clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz").buildHeader();
  }

  private Map<String, Object> claims() {
    return clerk.fake().tokens().sessionToken("user_2abcdefghijklmnopqrstuvwxyz").buildClaims();
  }

  private void assertTokenInvalid(String token) {
    TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
        () -> clerk.client().verifyToken(token));
    assertThat(e).as("the token must not verify").isNotNull();
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID);
    assertThat(e.getMessage()).isEqualTo(DECODE_FAILED);
  }

  private void assertVerifiesInUtf8(Map<String, Object> header, Map<String, Object> claims) {
    String control = RawJws.sign(RawJws.utf8(header), RawJws.utf8(claims),
        clerk.fake().signingKeys().current().privateKey());
    assertThat(clerk.client().verifyToken(control)).as("the same token in UTF-8").containsKey("sub");
  }

  private static byte[] replaceMark(byte[] json, byte[] replacement) {
    byte[] mark = MARK.getBytes(StandardCharsets.UTF_8);
    int at = indexOf(json, mark);
    byte[] out = new byte[json.length - mark.length + replacement.length];
    System.arraycopy(json, 0, out, 0, at);
    System.arraycopy(replacement, 0, out, at, replacement.length);
    System.arraycopy(json, at + mark.length, out, at + replacement.length, json.length - at - mark.length);
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("mark not found");
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
