package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/**
 * The handshake payload of a nonce: the {@code Set-Cookie} directives to apply to the response.
 * {@link #toString()} shows only their count (they carry session tokens).
 */
public final class HandshakePayload {
  private List<String> directives;

  private HandshakePayload() {
  }

  /** The {@code Set-Cookie} header values, in order; never null. */
  public List<String> getDirectives() {
    return directives == null ? Collections.<String>emptyList() : Collections.unmodifiableList(directives);
  }

  @Override
  public String toString() {
    return "HandshakePayload{directives=" + getDirectives().size() + "}";
  }
}
