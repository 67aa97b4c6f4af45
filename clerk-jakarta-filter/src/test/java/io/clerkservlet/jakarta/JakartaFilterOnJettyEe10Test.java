package io.clerkservlet.jakarta;

import io.clerkservlet.contract.ClerkFilterContract;
import io.clerkservlet.contract.ServletContainerUnderTest;
import org.junit.jupiter.api.DisplayName;

@DisplayName("jakarta ClerkAuthFilter on Jetty 12 ee10 (embedded)")
class JakartaFilterOnJettyEe10Test extends ClerkFilterContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new JettyEe10Container();
  }
}
