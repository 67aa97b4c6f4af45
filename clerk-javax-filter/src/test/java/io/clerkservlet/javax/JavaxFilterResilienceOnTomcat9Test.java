package io.clerkservlet.javax;

import io.clerkservlet.contract.ServletContainerUnderTest;
import io.clerkservlet.contract.resilience.ResilienceContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("javax ClerkAuthFilter under faults and load on Tomcat 9.0 (embedded)")
class JavaxFilterResilienceOnTomcat9Test extends ResilienceContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new Tomcat9Container();
  }
}
