package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.surface.PublicSurfaceScan;
import org.junit.jupiter.api.Test;

/** clerk-core's public types show no internal or third-party type in their signatures. */
class CorePublicSurfaceTest {
  @Test
  void whenScanningTheCoreJarThenNoPublicSignatureExposesAnInternalOrThirdPartyType() {
    assertThat(PublicSurfaceScan.violationsInCodeSourceOf(ClerkClient.class)).isEmpty();
  }
}
