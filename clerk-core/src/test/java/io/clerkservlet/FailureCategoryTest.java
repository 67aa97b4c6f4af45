package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which verification failures are the caller's, Clerk's availability, or our own configuration. */
class FailureCategoryTest {
  private static final Set<TokenVerificationErrorReason> MISCONFIGURATIONS = EnumSet.of(
      TokenVerificationErrorReason.SECRET_KEY_INVALID, TokenVerificationErrorReason.JWK_LOCAL_MISSING,
      TokenVerificationErrorReason.JWK_FAILED_TO_RESOLVE);
  private static final Set<TokenVerificationErrorReason> OUTAGES = EnumSet.of(
      TokenVerificationErrorReason.JWK_REMOTE_FAILED_TO_LOAD, TokenVerificationErrorReason.JWK_REMOTE_INVALID,
      TokenVerificationErrorReason.JWK_REMOTE_MISSING);

  @ParameterizedTest(name = "{0}")
  @EnumSource(TokenVerificationErrorReason.class)
  void reasonWhenOurKeysCannotVerifyThenMisconfiguredWhenClerkUnreachableThenUnavailableElseInvalidToken(
      TokenVerificationErrorReason reason) {
    FailureCategory expected = MISCONFIGURATIONS.contains(reason) ? FailureCategory.MISCONFIGURED
        : OUTAGES.contains(reason) ? FailureCategory.SERVICE_UNAVAILABLE : FailureCategory.INVALID_TOKEN;
    assertThat(reason.getCategory()).isEqualTo(expected);
  }
}
