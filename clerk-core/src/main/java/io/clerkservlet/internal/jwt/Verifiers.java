package io.clerkservlet.internal.jwt;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;

/**
 * One JDK {@link Signature} per thread and algorithm, reused: {@code Signature.getInstance} (the
 * provider lookup, a new digest) is not paid per token. {@code initVerify} runs only when the key
 * changes, as {@code verify} leaves the object initialised for the same key (its contract); after
 * any exception the slot is emptied and the next call starts from a fresh object. The thread-local
 * holds only JDK objects (an {@code Object[]} of signatures and keys), so it pins no web
 * application's class loader in a container's pooled threads.
 */
final class Verifiers {
  private static final ThreadLocal<Object[]> SLOTS = new ThreadLocal<>();
  private static final String[] ALGORITHMS = {"SHA256withRSA", "SHA384withRSA", "SHA512withRSA"};

  private Verifiers() {
  }

  /** {@code Signature.verify} of {@code signature} over {@code data} with {@code key}. */
  static boolean verify(String jcaName, RSAPublicKey key, byte[] data, byte[] signature)
      throws NoSuchAlgorithmException, InvalidKeyException, SignatureException {
    Object[] slots = SLOTS.get();
    if (slots == null) {
      slots = new Object[2 * ALGORITHMS.length];
      SLOTS.set(slots);
    }
    int at = 2 * index(jcaName);
    boolean done = false;
    try {
      Signature verifier = (Signature) slots[at];
      if (verifier == null) {
        verifier = Signature.getInstance(jcaName);
        slots[at] = verifier;
      }
      if (slots[at + 1] != key) {
        slots[at + 1] = null;
        verifier.initVerify(key);
        slots[at + 1] = key;
      }
      verifier.update(data);
      boolean valid = verifier.verify(signature);
      done = true;
      return valid;
    } finally {
      if (!done) {
        slots[at] = null;
        slots[at + 1] = null;
      }
    }
  }

  private static int index(String jcaName) {
    for (int i = 0; i < ALGORITHMS.length; i++) {
      if (ALGORITHMS[i].equals(jcaName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unsupported algorithm " + jcaName);
  }
}
