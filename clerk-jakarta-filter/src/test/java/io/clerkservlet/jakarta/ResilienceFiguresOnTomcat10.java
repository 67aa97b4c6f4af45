package io.clerkservlet.jakarta;

import io.clerkservlet.contract.resilience.LoadShape;
import io.clerkservlet.contract.resilience.ResilienceFigures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: runs the fault scenarios' figures for BENCHMARKS.md in embedded Tomcat 10.1 when
 * {@code -Dclerk.resilience.figures=<file>} is given (see BENCHMARKS.md); skipped otherwise.
 */
@EnabledIfSystemProperty(named = ResilienceFiguresOnTomcat10.PROPERTY, matches = ".+")
class ResilienceFiguresOnTomcat10 {
  static final String PROPERTY = "clerk.resilience.figures";

  @Test
  void writeFigures() throws Exception {
    ResilienceFigures.write(new Tomcat10Container(), LoadShape.FIGURES, Path.of(System.getProperty(PROPERTY)));
  }
}
