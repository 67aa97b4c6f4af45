package io.clerkservlet.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: malformed input (overlong forms, surrogates, truncated sequences) is an error. */
public final class Utf8 {
  private Utf8() {
  }

  /** The text of valid UTF-8 bytes, or {@code fallback} when they are not valid UTF-8. */
  public static String decodeStrict(byte[] bytes, String fallback) {
    CharBuffer text = decodeStrict(bytes);
    return text == null ? fallback : text.toString();
  }

  /**
   * The characters of valid UTF-8 bytes (a leading byte order mark is kept as U+FEFF), or null
   * when they are not valid UTF-8.
   */
  public static CharBuffer decodeStrict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
