package io.clerkservlet.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The RSA floor's per-thread state, shared by the benchmarks that measure against it: the token's
 * signing input and signature decoded once, one {@link Signature} initialised once for the key.
 */
public abstract class FloorState {
  Signature signature;
  byte[] signingInput;
  byte[] signatureBytes;

  /** Decodes {@code token} once and initialises the thread's verifier with {@code key}. */
  protected final void prepare(String token, PublicKey key) throws GeneralSecurityException {
    int dot = token.lastIndexOf('.');
    signingInput = token.substring(0, dot).getBytes(StandardCharsets.US_ASCII);
    signatureBytes = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    signature = Signature.getInstance("SHA256withRSA");
    signature.initVerify(key);
  }
}
