package io.clerkservlet.javax;

import io.clerkservlet.contract.ClerkFilterContract;
import io.clerkservlet.contract.ServletContainerUnderTest;
import org.junit.jupiter.api.DisplayName;

@DisplayName("javax ClerkAuthFilter on Jetty 12 ee8 (embedded)")
class JavaxFilterOnJettyEe8Test extends ClerkFilterContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new JettyEe8Container();
  }
}
