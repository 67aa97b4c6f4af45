package io.clerkservlet.testkit.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** A machine of the fake instance (mutable; guarded by {@link FakeState}'s lock). */
public final class FakeMachine {
  public final String id;
  public String name;
  public String secretKey;
  /** The key before the last rotation, accepted until {@link #previousSecretKeyExpiresAt}. */
  public String previousSecretKey;
  /** Epoch milliseconds when {@link #previousSecretKey} stops working. */
  public long previousSecretKeyExpiresAt;
  public long defaultTokenTtl;
  public final Set<String> scopes = new LinkedHashSet<>();
  public final long createdAt;
  public long updatedAt;

  FakeMachine(String id, String name, String secretKey, long defaultTokenTtl, long now) {
    this.id = id;
    this.name = name;
    this.secretKey = secretKey;
    this.defaultTokenTtl = defaultTokenTtl;
    this.createdAt = now;
    this.updatedAt = now;
  }
}
