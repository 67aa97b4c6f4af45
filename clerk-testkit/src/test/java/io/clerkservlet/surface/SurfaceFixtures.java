package io.clerkservlet.surface;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.testkit.internal.FakeState;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Types for {@link PublicSurfaceScanTest}: public, so that the scan treats them as API. */
public final class SurfaceFixtures {
  private SurfaceFixtures() {
  }

  /** Leaks in every position the scan checks. */
  public static class Leaky implements Supplier<JsonNode> {
    public JsonNode node;

    public Leaky(FakeState state) {
    }

    Leaky(JsonNode node) {
    }

    public Map<String, List<? extends FakeState>> states() {
      return Collections.emptyMap();
    }

    protected void read(JsonNode... nodes) {
    }

    @Override
    public JsonNode get() {
      return node;
    }

    /** A leak through a bound. */
    public static final class Nested<T extends FakeState> {
    }
  }

  /** Uses the forbidden types only where users cannot reach them. */
  public static final class Clean {
    private JsonNode node;

    Clean(FakeState state) {
    }

    protected JsonNode node() {
      return node;
    }

    private void set(JsonNode node) {
      this.node = node;
    }
  }

  static final class Hidden {
    public JsonNode node;

    /** Public, but inside a type that is not. */
    public static final class Inner {
      public JsonNode node;
    }
  }
}
