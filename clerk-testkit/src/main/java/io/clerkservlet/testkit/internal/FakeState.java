package io.clerkservlet.testkit.internal;

import io.clerkservlet.testkit.ClerkSigningKeys;
import io.clerkservlet.testkit.ClerkTokens;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the fake instance knows. Handlers lock on this object while they read or change it.
 * Per-resource stores live beside their routes; the shared parts (keys, clock, machines) live here.
 */
public final class FakeState {
  /** Seconds an M2M token lives when neither the call nor the machine says otherwise. */
  public static final long DEFAULT_M2M_TTL_SECONDS = 3600;

  private final String secretKey;
  private final String frontendApi;
  private final Clock clock;
  private final ClerkSigningKeys keys;
  private final ClerkTokens tokens;
  private final Map<String, FakeMachine> machines = new LinkedHashMap<>();
  private final String instanceId = Ids.word27("ins_");

  /** Creates the state. */
  public FakeState(String secretKey, String frontendApi, Clock clock, ClerkSigningKeys keys) {
    this.secretKey = secretKey;
    this.frontendApi = frontendApi;
    this.clock = clock;
    this.keys = keys;
    this.tokens = new ClerkTokens(keys, frontendApi, clock);
  }

  /** The instance secret key. */
  public String secretKey() {
    return secretKey;
  }

  /** The Frontend API host, for example {@code clerk.fake.test}; the {@code iss} of tokens is https:// + it. */
  public String frontendApi() {
    return frontendApi;
  }

  /** The instance id, {@code ins_…}. */
  public String instanceId() {
    return instanceId;
  }

  /** The clock. */
  public Clock clock() {
    return clock;
  }

  /** Now, in epoch milliseconds. */
  public long nowMillis() {
    return clock.millis();
  }

  /** The instance signing keys. */
  public ClerkSigningKeys keys() {
    return keys;
  }

  /** Mints tokens signed with the instance keys, issued by this Frontend API, timed by the clock. */
  public ClerkTokens tokens() {
    return tokens;
  }

  /** Machines by id, in creation order; lock on this state to use it. */
  public Map<String, FakeMachine> machines() {
    return machines;
  }

  /** Creates a machine with a fresh {@code ak_} secret key. */
  public synchronized FakeMachine createMachine(String name, long defaultTokenTtl) {
    FakeMachine m = new FakeMachine(Ids.word27("mch_"), name, Ids.hex32("ak_"), defaultTokenTtl,
        nowMillis());
    machines.put(m.id, m);
    return m;
  }

  /** The machine owning a machine secret key, or null. */
  public synchronized FakeMachine machineBySecretKey(String key) {
    if (key == null) {
      return null;
    }
    for (FakeMachine m : machines.values()) {
      if (key.equals(m.secretKey)) {
        return m;
      }
      if (key.equals(m.previousSecretKey) && nowMillis() < m.previousSecretKeyExpiresAt) {
        return m;
      }
    }
    return null;
  }

  /** A machine by id, or a 404 {@link FakeError}. */
  public synchronized FakeMachine machine(String id) {
    FakeMachine m = machines.get(id);
    if (m == null) {
      throw FakeError.notFound("Machine");
    }
    return m;
  }

  /** Fails with 401 unless the bearer is the instance secret key. */
  public void requireSecretKey(FakeRequest request) {
    if (!secretKey.equals(request.bearer())) {
      throw invalidSecretKey();
    }
  }

  /** Fails with 401 unless the bearer is the instance secret key or a machine secret key. */
  public void requireSecretOrMachineKey(FakeRequest request) {
    if (!secretKey.equals(request.bearer()) && machineBySecretKey(request.bearer()) == null) {
      throw invalidSecretKey();
    }
  }

  /** 401 {@code clerk_key_invalid}, as Clerk answers an unknown or missing secret key. */
  public static FakeError invalidSecretKey() {
    return new FakeError(Reply.error(401, "clerk_key_invalid", "Secret key invalid",
        "The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.",
        null));
  }
}
