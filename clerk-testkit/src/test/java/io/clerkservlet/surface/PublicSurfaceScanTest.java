package io.clerkservlet.surface;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clerkservlet.surface.SurfaceFixtures.Clean;
import io.clerkservlet.surface.SurfaceFixtures.Hidden;
import io.clerkservlet.surface.SurfaceFixtures.Leaky;
import io.clerkservlet.testkit.internal.FakeState;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan itself: it finds each kind of leak, and only in the public surface. */
class PublicSurfaceScanTest {
  @Test
  void whenPublicSignaturesExposeInternalOrThirdPartyTypesThenEachIsNamed() {
    List<String> found = PublicSurfaceScan.violations(Arrays.asList(Leaky.class, Leaky.Nested.class));
    String leaky = Leaky.class.getName();
    assertThat(found).containsExactlyInAnyOrder(
        leaky + ": constructor public " + leaky + "(io.clerkservlet.testkit.internal.FakeState) exposes "
            + FakeState.class.getName(),
        leaky + ": field public com.fasterxml.jackson.databind.JsonNode " + leaky + ".node exposes "
            + JsonNode.class.getName(),
        leaky + ": method public java.util.Map<java.lang.String, java.util.List<? extends "
            + "io.clerkservlet.testkit.internal.FakeState>> " + leaky + ".states() exposes " + FakeState.class.getName(),
        leaky + ": method protected void " + leaky + ".read(com.fasterxml.jackson.databind.JsonNode...) exposes "
            + JsonNode.class.getName(),
        leaky + ": method public com.fasterxml.jackson.databind.JsonNode " + leaky + ".get() exposes "
            + JsonNode.class.getName(),
        leaky + ": interface java.util.function.Supplier<com.fasterxml.jackson.databind.JsonNode> exposes "
            + JsonNode.class.getName(),
        Leaky.Nested.class.getName() + ": type parameter T exposes " + FakeState.class.getName());
  }

  @Test
  void whenOnlyPrivatePackageOrFinalProtectedMembersUseThemThenNothingIsFound() {
    assertThat(PublicSurfaceScan.violations(Arrays.asList(Clean.class, Hidden.class))).isEmpty();
  }

  @Test
  void whenTypeIsInAnInternalPackageThenItIsNotApi() {
    assertThat(PublicSurfaceScan.isApi(FakeState.class)).isFalse();
    assertThat(PublicSurfaceScan.isApi(Leaky.class)).isTrue();
    assertThat(PublicSurfaceScan.isApi(Hidden.Inner.class)).isFalse();
  }
}
