package io.clerkservlet.contract.resilience;

import java.util.function.Consumer;

/** The fault scenarios of issue 9, each with its own fake Clerk and filters (see {@link ScenarioScripts}). */
public enum Scenario {
  /** No fault: steady state, then past the JWKS lifetime with Clerk healthy. */
  BASELINE("baseline", "no fault", ScenarioScripts::baseline),
  /** The JWKS endpoint never answers (held) once the keys' lifetime has passed. */
  SLOW_JWKS("slow-jwks", "JWKS slower than the call timeout after the TTL", ScenarioScripts::slowJwks),
  /** Every Backend API call answers 503 after one good key fetch, for more than an hour of clock. */
  CLERK_DOWN("clerk-down", "Clerk down (every call 503) after one good key fetch", ScenarioScripts::clerkDown),
  /** 429 with {@code Retry-After} on JWKS and handshake payload, 5xx on the verify endpoints. */
  STORM("storm", "429 (Retry-After 4 s) and 5xx storm", ScenarioScripts::storm),
  /** JWKS and M2M verify answers sent one byte per 200 ms (a slow-loris server). */
  DRIBBLE("dribble", "JWKS and verify answers dribbled, one byte per 200 ms", ScenarioScripts::dribble),
  /** The fake Clerk is stopped after one good key fetch: connections are refused. */
  CONNECTION_REFUSED("refused", "connection refused after one good key fetch", ScenarioScripts::refused),
  /** Distinct bogus opaque tokens against held verify endpoints, and a key rotation during it. */
  BOGUS_FLOOD("flood", "bogus opaque token flood against a held verify endpoint, key rotation during it",
      FloodScript::flood);

  private final String id;
  private final String title;
  private final Consumer<ScenarioRun> script;

  Scenario(String id, String title, Consumer<ScenarioRun> script) {
    this.id = id;
    this.title = title;
    this.script = script;
  }

  /** The scenario's path segment. */
  public String id() {
    return id;
  }

  /** A one-line description. */
  public String title() {
    return title;
  }

  void script(ScenarioRun run) {
    script.accept(run);
  }
}
