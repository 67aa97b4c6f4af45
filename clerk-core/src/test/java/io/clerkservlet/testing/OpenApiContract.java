package io.clerkservlet.testing;

import io.clerkservlet.testkit.RecordedExchange;
import java.util.List;

/**
 * Validates recorded exchanges against Clerk's published OpenAPI spec
 * ({@code openapi/clerk-bapi-2026-05-12.yml} on the test classpath).
 */
public final class OpenApiContract {
  private OpenApiContract() {
  }

  /** Fails with every violation found in the exchanges (injected faults are skipped). */
  public static void assertConforms(List<RecordedExchange> exchanges) {
    // Filled in by the contract-validation work: see the "Done when".
  }
}
