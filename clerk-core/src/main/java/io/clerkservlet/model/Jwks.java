package io.clerkservlet.model;

import java.util.Collections;
import java.util.List;

/** The instance's JSON Web Key Set: the public keys that verify its JWTs. */
public final class Jwks {
  private List<Jwk> keys;

  private Jwks() {
  }

  /** The keys, in Clerk's order; never null. */
  public List<Jwk> getKeys() {
    return keys == null ? Collections.<Jwk>emptyList() : Collections.unmodifiableList(keys);
  }

  /** The key with this {@code kid}, or null. */
  public Jwk findKey(String kid) {
    for (Jwk key : getKeys()) {
      if (key.getKid() != null && key.getKid().equals(kid)) {
        return key;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Jwks{keys=" + getKeys() + "}";
  }
}
