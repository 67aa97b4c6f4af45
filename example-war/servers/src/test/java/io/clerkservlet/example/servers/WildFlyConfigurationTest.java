package io.clerkservlet.example.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WildFlyConfigurationTest {
  private static final String DOMAIN = "<application-security-domain name=\"other\" security-domain=\"ApplicationDomain\"/>";

  @Test
  void withNonIntegratedJaspiWhenEjbAndUndertowDomainsThenOnlyUndertowsChanges() {
    String xml = "<subsystem xmlns=\"urn:jboss:domain:ejb3:10.0\">" + DOMAIN + "</subsystem>"
        + "<subsystem xmlns=\"urn:jboss:domain:undertow:community:14.0\">" + DOMAIN + "</subsystem>";
    assertThat(WildFlyServer.withNonIntegratedJaspi(xml)).isEqualTo(
        "<subsystem xmlns=\"urn:jboss:domain:ejb3:10.0\">" + DOMAIN + "</subsystem>"
            + "<subsystem xmlns=\"urn:jboss:domain:undertow:community:14.0\"><application-security-domain "
            + "name=\"other\" security-domain=\"ApplicationDomain\" integrated-jaspi=\"false\"/></subsystem>");
  }

  @Test
  void withNonIntegratedJaspiWhenUndertowHasNoOtherDomainThenFails() {
    assertThatThrownBy(() -> WildFlyServer.withNonIntegratedJaspi("<subsystem xmlns=\"urn:jboss:domain:undertow:"
        + "12.0\"></subsystem>")).hasMessageContaining("no undertow");
  }
}
