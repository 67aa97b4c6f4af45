package io.clerkservlet.internal.jwt;

import io.clerkservlet.internal.json.Frozen;
import java.util.Map;

/**
 * A JWS split and decoded, not yet verified. Header and payload are deep-immutable (nested maps and
 * lists included): a decoding may be cached and shared by every request that sends the token.
 */
public final class DecodedJwt {
  private final Map<String, Object> header;
  private final Map<String, Object> payload;
  private final byte[] signingInput;
  private final byte[] signature;

  /** Takes the freshly parsed header and payload over (frozen in place, not copied). */
  DecodedJwt(Map<String, Object> header, Map<String, Object> payload, byte[] signingInput,
      byte[] signature) {
    this.header = Frozen.adopt(header);
    this.payload = Frozen.adopt(payload);
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /** The JOSE header (immutable). */
  public Map<String, Object> header() {
    return header;
  }

  /** The claims (immutable, nested values too). */
  public Map<String, Object> payload() {
    return payload;
  }

  /** A header parameter as a string, or null when absent or not a string. */
  public String headerString(String name) {
    Object value = header.get(name);
    return value instanceof String ? (String) value : null;
  }

  /** A claim as a string, or null when absent or not a string. */
  public String claimString(String name) {
    Object value = payload.get(name);
    return value instanceof String ? (String) value : null;
  }

  /** {@code ASCII(base64url(header) + "." + base64url(payload))}. */
  byte[] signingInput() {
    return signingInput;
  }

  /** The decoded signature bytes. */
  byte[] signature() {
    return signature;
  }
}
