package io.clerkservlet.javax;

import io.clerkservlet.contract.ClerkFilterContract;
import io.clerkservlet.contract.ServletContainerUnderTest;
import org.junit.jupiter.api.DisplayName;

@DisplayName("javax ClerkAuthFilter on Tomcat 9.0 (embedded)")
class JavaxFilterOnTomcat9Test extends ClerkFilterContract {
  @Override
  protected ServletContainerUnderTest newContainer() {
    return new Tomcat9Container();
  }
}
