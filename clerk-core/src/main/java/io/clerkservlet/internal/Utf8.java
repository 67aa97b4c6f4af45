package io.clerkservlet.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding. */
public final class Utf8 {
  private Utf8() {
  }

  /** The text of valid UTF-8 bytes, or {@code fallback} when they are not valid UTF-8. */
  public static String decodeStrict(byte[] bytes, String fallback) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return fallback;
    }
  }
}
