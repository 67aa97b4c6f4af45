package io.clerkservlet.contract.resilience;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.contract.ContractTokens;
import io.clerkservlet.contract.FilterSpec;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.web.ClerkFilterSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One scenario's own Clerk: a fake Clerk and its tokens on a {@link ShiftedClock} that the
 * scenario's filters share, so the scenario can move time and inject faults without touching the
 * others. Two filter declarations on one shared client: {@code /<id>/session/*} (session tokens,
 * browser sessions too) and {@code /<id>/machine/*} ({@code acceptsToken=any}).
 */
public final class ScenarioClerk implements AutoCloseable {
  /** The filters' total per-call deadline (init-param {@code callTimeout}). */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
  /** How long the session tokens the users send live (longer than any phase). */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

  private final String id;
  private final ShiftedClock clock = new ShiftedClock();
  private final FakeClerkBackend fake;
  private final ContractTokens tokens;
  private boolean stopped;

  /** Starts the fake Clerk of scenario {@code id} (a path segment). */
  public ScenarioClerk(String id) {
    this.id = id;
    this.fake = FakeClerkBackend.builder().clock(clock).start();
    this.tokens = new ContractTokens(fake);
  }

  /** The filter declarations, both programmatic (for the clock) with a {@link #CALL_TIMEOUT} deadline. */
  public List<FilterSpec> filters() {
    ClerkFilterSettings.Builder b = ClerkFilterSettings.builder().secretKey(fake.secretKey())
        .publishableKey(fake.productionPublishableKey()).apiUrl(fake.apiUrl()).clock(clock).callTimeout(CALL_TIMEOUT);
    FilterSpec session = FilterSpec.programmatic(id + "-session", b.build(), "/" + id + "/session/*");
    FilterSpec machine = FilterSpec.programmatic(id + "-machine", b.acceptsToken(AcceptsToken.any()).build(),
        "/" + id + "/machine/*");
    return List.of(session, machine);
  }

  /** The URL patterns the test servlet answers for this scenario. */
  public List<String> echoPatterns() {
    return List.of("/" + id + "/session/*", "/" + id + "/machine/*");
  }

  /** The path of the session-token echo. */
  public String sessionPath() {
    return "/" + id + "/session/echo";
  }

  /** The path of the any-token echo (machine tokens). */
  public String machinePath() {
    return "/" + id + "/machine/echo";
  }

  /** The scenario's clock. */
  public ShiftedClock clock() {
    return clock;
  }

  /** The scenario's fake Clerk. */
  public FakeClerkBackend fake() {
    return fake;
  }

  /** {@code count} distinct session tokens of the scenario's user, issued now, signed with the current key. */
  public List<String> sessionTokens(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(fake.tokens().sessionToken(tokens.userId()).sessionId("sess_load" + i)
          .lifetime(TOKEN_LIFETIME).sign());
    }
    return out;
  }

  /** A valid opaque M2M token ({@code mt_…}). */
  public String opaqueToken() {
    return tokens.token(ContractTokens.Kind.M2M_OPAQUE);
  }

  /** A fresh bogus opaque token, cycling through {@code mt_}, {@code ak_} and {@code oat_}. */
  public static String bogusToken(int n) {
    String prefix = n % 3 == 0 ? "mt_" : n % 3 == 1 ? "ak_" : "oat_";
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  /** Rotates the instance's signing key and returns a session token signed by the new key (a new kid). */
  public String rotateAndSign() {
    fake.signingKeys().rotate();
    return sessionTokens(1).get(0);
  }

  /** How many requests to this exact method and path the fake has answered. */
  public int answered(String method, String path) {
    return fake.exchanges(method, path).size();
  }

  /** Stops the fake Clerk: its port then refuses connections. Repeated calls do nothing. */
  @Override
  public synchronized void close() {
    if (!stopped) {
      stopped = true;
      fake.close();
    }
  }
}
