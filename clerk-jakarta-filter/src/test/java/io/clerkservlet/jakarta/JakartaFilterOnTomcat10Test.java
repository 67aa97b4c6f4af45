package io.clerkservlet.jakarta;

import io.clerkservlet.contract.ClerkFilterContract;
import io.clerkservlet.contract.ServletContainerUnderTest;
import org.junit.jupiter.api.DisplayName;

@DisplayName("jakarta ClerkAuthFilter on Tomcat 10.1 (embedded)")
class JakartaFilterOnTomcat10Test extends ClerkFilterContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new Tomcat10Container();
  }
}
