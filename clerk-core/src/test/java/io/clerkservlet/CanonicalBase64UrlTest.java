package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clerkservlet.testing.ClerkFixture;
import io.clerkservlet.testing.RawJws;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 rule 2: base64url is canonical in every part. A last character whose unused low bits are
 * not zero decodes (in the JDK) to the same bytes as the canonical one, so distinct strings would
 * be one token. Each hostile token is signed over its exact text (header and payload cases), or is
 * a valid token with only the signature's last character changed, so only this rule rejects it.
 */
class CanonicalBase64UrlTest {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final String DECODE_FAILED =
      "Invalid JWT form. The header, payload, or signature could not be decoded.";
  /** 257-byte signatures: a 3-character tail (a 2048-bit key gives 256 bytes: a 2-character tail). */
  private static final KeyPair RSA_2056 = rsa(2056);

  @RegisterExtension
  final ClerkFixture clerk = new ClerkFixture();

  enum Segment { HEADER, PAYLOAD }

  /** Every segment, both tails (2 characters: 4 unused bits; 3 characters: 2), every non-zero unused-bit value. */
  static Stream<Arguments> nonCanonicalHeaderOrPayload() {
    List<Arguments> cases = new ArrayList<>();
    for (Segment segment : Segment.values()) {
      for (int tail = 2; tail <= 3; tail++) {
        for (int bits = 1; bits < unusedBitValues(tail); bits++) {
          cases.add(Arguments.of(segment, tail, bits));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with a {1}-character tail, unused bits {2}")
  @MethodSource("nonCanonicalHeaderOrPayload")
  void whenHeaderOrPayloadLastCharacterIsNotCanonicalThenTokenInvalid(Segment segment, int tail, int bits) {
    Map<String, Object> header = clerk.fake().tokens().sessionToken("user_1").buildHeader();
    Map<String, Object> claims = clerk.fake().tokens().sessionToken("user_1").buildClaims();
    String headerB64 = RawJws.b64(padded(header, segment == Segment.HEADER ? tail : 0));
    String payloadB64 = RawJws.b64(padded(claims, segment == Segment.PAYLOAD ? tail : 0));
    PrivateKey key = clerk.fake().signingKeys().current().privateKey();
    assertThat(clerk.client().verifyToken(RawJws.signText(headerB64 + "." + payloadB64, "RS256", key)))
        .as("the canonical token").containsEntry("sub", "user_1");

    String hostile = segment == Segment.HEADER
        ? withLastCharacterBits(headerB64, bits) + "." + payloadB64
        : headerB64 + "." + withLastCharacterBits(payloadB64, bits);

    assertTokenInvalid(clerk.client(), RawJws.signText(hostile, "RS256", key));
  }

  static Stream<Arguments> nonCanonicalTwoCharacterSignatureTails() {
    return bitsFor(2);
  }

  @ParameterizedTest(name = "unused bits {0}")
  @MethodSource("nonCanonicalTwoCharacterSignatureTails")
  void whenSignatureLastCharacterIsNotCanonicalThenTokenInvalidWithJwks(int bits) {
    String token = clerk.fake().tokens().sessionToken("user_1").sign();
    assertThat(tailOf(signatureOf(token))).isEqualTo(2);
    assertThat(clerk.client().verifyToken(token)).containsEntry("sub", "user_1");

    assertTokenInvalid(clerk.client(), withSignatureLastCharacterBits(token, bits));
  }

  static Stream<Arguments> nonCanonicalThreeCharacterSignatureTails() {
    return bitsFor(3);
  }

  @ParameterizedTest(name = "unused bits {0}")
  @MethodSource("nonCanonicalThreeCharacterSignatureTails")
  void whenSignatureLastCharacterIsNotCanonicalThenTokenInvalidWithJwtKey(int bits) {
    String token = clerk.fake().tokens().sessionToken("user_1").signedWith(RSA_2056.getPrivate()).sign();
    assertThat(tailOf(signatureOf(token))).isEqualTo(3);
    try (ClerkClient networkless = ClerkClient.builder().apiUrl("http://127.0.0.1:9").jwtKey(pem(RSA_2056)).build()) {
      assertThat(networkless.verifyToken(token)).containsEntry("sub", "user_1");

      assertTokenInvalid(networkless, withSignatureLastCharacterBits(token, bits));
    }
  }

  @Test
  void whenEveryPartIsCanonicalThenEveryTailLengthVerifies() {
    PrivateKey key = clerk.fake().signingKeys().current().privateKey();
    for (int tail : new int[] {0, 2, 3}) {
      Map<String, Object> claims = clerk.fake().tokens().sessionToken("user_1").buildClaims();
      String input = RawJws.b64(padded(clerk.fake().tokens().sessionToken("user_1").buildHeader(), tail)) + "."
          + RawJws.b64(padded(claims, tail));
      assertThat(clerk.client().verifyToken(RawJws.signText(input, "RS256", key))).as("tail " + tail)
          .containsEntry("sub", "user_1");
    }
  }

  private static void assertTokenInvalid(ClerkClient client, String token) {
    TokenVerificationException e = catchThrowableOfType(TokenVerificationException.class,
        () -> client.verifyToken(token));
    assertThat(e).as("the non-canonical token must not verify").isNotNull();
    assertThat(e.getReason()).isEqualTo(TokenVerificationErrorReason.TOKEN_INVALID);
    assertThat(e.getMessage()).isEqualTo(DECODE_FAILED);
  }

  /** The JSON of {@code map} with a {@code pad} entry sized so its base64url has a {@code tail}-character tail. */
  private static byte[] padded(Map<String, Object> map, int tail) {
    StringBuilder pad = new StringBuilder();
    while (true) {
      map.put("pad", pad.toString());
      byte[] json = RawJws.json(map).getBytes(StandardCharsets.UTF_8);
      if (tailOf(RawJws.b64(json)) == tail) {
        return json;
      }
      pad.append('x');
    }
  }

  /** The text with its last character's unused low bits set to {@code bits}. */
  private static String withLastCharacterBits(String text, int bits) {
    int last = ALPHABET.indexOf(text.charAt(text.length() - 1));
    assertThat(last & (unusedBitValues(tailOf(text)) - 1)).as("canonical to begin with").isZero();
    return text.substring(0, text.length() - 1) + ALPHABET.charAt(last | bits);
  }

  private static String signatureOf(String token) {
    return token.substring(token.lastIndexOf('.') + 1);
  }

  private static String withSignatureLastCharacterBits(String token, int bits) {
    return token.substring(0, token.lastIndexOf('.') + 1) + withLastCharacterBits(signatureOf(token), bits);
  }

  private static int tailOf(String b64) {
    return b64.length() % 4;
  }

  /** How many values the unused bits of a tail's last character can take (16 for 2 characters, 4 for 3). */
  private static int unusedBitValues(int tail) {
    return tail == 2 ? 16 : 4;
  }

  private static Stream<Arguments> bitsFor(int tail) {
    List<Arguments> cases = new ArrayList<>();
    for (int bits = 1; bits < unusedBitValues(tail); bits++) {
      cases.add(Arguments.of(bits));
    }
    return cases.stream();
  }

  private static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(KeyPair pair) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }
}
