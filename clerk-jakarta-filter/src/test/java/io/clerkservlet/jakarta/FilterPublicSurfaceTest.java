package io.clerkservlet.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.surface.PublicSurfaceScan;
import org.junit.jupiter.api.Test;

/** The filter jar's public types show no internal or third-party type in their signatures. */
class FilterPublicSurfaceTest {
  @Test
  void whenScanningTheFilterJarThenNoPublicSignatureExposesAnInternalOrThirdPartyType() {
    assertThat(PublicSurfaceScan.violationsInCodeSourceOf(ClerkAuthFilter.class)).isEmpty();
  }
}
