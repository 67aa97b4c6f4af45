package io.clerkservlet.internal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** path-to-regexp 6 patterns as organizationMatcher.test.ts uses them. */
class PathPatternTest {
  @Test
  void matchWhenOrganizationSlugPatternThenSlugParam() {
    PathPattern p = PathPattern.compile("/orgs/:slug", "/orgs/:slug/(.*)");

    assertThat(p.match("/orgs/acme")).containsEntry("slug", "acme");
    assertThat(p.match("/orgs/acme/")).containsEntry("slug", "acme");
    assertThat(p.match("/orgs/acme/settings/members")).containsEntry("slug", "acme");
    assertThat(p.match("/ORGS/Acme")).containsEntry("slug", "Acme");
    assertThat(p.match("/orgs")).isNull();
    assertThat(p.match("/other/acme")).isNull();
  }

  @Test
  void matchWhenIdAndSlugPatternsThenBothNamed() {
    PathPattern p = PathPattern.compile("/orgs/:id/slug/:slug");

    Map<String, String> params = p.match("/orgs/org_1/slug/acme");
    assertThat(params).containsEntry("id", "org_1").containsEntry("slug", "acme");
  }

  @Test
  void matchWhenPersonalAccountPatternThenMatchesWithoutParams() {
    PathPattern p = PathPattern.compile("/me", "/me/(.*)");

    assertThat(p.match("/me")).isEmpty();
    assertThat(p.match("/me/profile")).isNotNull();
    assertThat(p.match("/meh")).isNull();
  }

  @Test
  void matchWhenOptionalAndRepeatedGroupsThenPathToRegexpSemantics() {
    assertThat(PathPattern.compile("/orgs/:slug{/:rest}?").match("/orgs/acme")).containsEntry("slug", "acme");
    assertThat(PathPattern.compile("/files/:path+").match("/files/a/b")).containsEntry("path", "a,b");
    assertThat(PathPattern.compile("/o/:id(org_\\w+)").match("/o/org_1")).containsEntry("id", "org_1");
    assertThat(PathPattern.compile("/o/:id(org_\\w+)").match("/o/user_1")).isNull();
    assertThat(PathPattern.compile("/a.b").match("/axb")).isNull();
  }

  @Test
  void compileWhenPatternInvalidThenClearError() {
    assertThatThrownBy(() -> PathPattern.compile("/orgs/:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid pattern \"[/orgs/:]\": Missing parameter name at 6");
    assertThatThrownBy(() -> PathPattern.compile("/orgs/(foo(bar))"))
        .hasMessageContaining("Capturing groups are not allowed");
    assertThatThrownBy(() -> PathPattern.compile("/orgs/:a:b"))
        .hasMessageContaining("Must have text between two parameters");
  }
}
