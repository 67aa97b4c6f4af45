package io.clerkservlet.testkit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The fake's JSON mapper: keys are written exactly as handlers put them (snake_case). */
public final class FakeJson {
  /** Shared mapper. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

  private FakeJson() {
  }
}
