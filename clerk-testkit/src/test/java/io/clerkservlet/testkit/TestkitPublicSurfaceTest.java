package io.clerkservlet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.surface.PublicSurfaceScan;
import org.junit.jupiter.api.Test;

/** The testkit's public types show no internal or third-party type in their signatures. */
class TestkitPublicSurfaceTest {
  @Test
  void whenScanningTheTestkitJarThenNoPublicSignatureExposesAnInternalOrThirdPartyType() {
    assertThat(PublicSurfaceScan.violationsInCodeSourceOf(FakeClerkBackend.class)).isEmpty();
  }
}
