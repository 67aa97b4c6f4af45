package io.clerkservlet.jakarta;

import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.resilience.ResilienceContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("jakarta ClerkAuthFilter under faults and load on Tomcat 10.1 (embedded)")
class JakartaFilterResilienceOnTomcat10Test extends ResilienceContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new Tomcat10Container();
  }
}
