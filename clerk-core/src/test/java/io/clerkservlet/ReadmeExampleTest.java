package io.clerkservlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.clerkservlet.api.CreateM2MTokenParams;
import io.clerkservlet.api.RevokeM2MTokenParams;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.testing.OpenApiContract;
import io.clerkservlet.testkit.FakeClerkBackend;
import io.clerkservlet.testkit.MachineCredentials;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.FilterMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's M2M example, line for line, so the README stays true. */
class ReadmeExampleTest {
  @Test
  void readmeM2mLoopCreatesVerifiesAndRevokes() {
    try (FakeClerkBackend fake = FakeClerkBackend.start()) {
      MachineCredentials worker = fake.createMachine("worker");
      try (ClerkClient clerk = ClerkClient.builder()
          .apiUrl(fake.apiUrl())
          .secretKey(fake.secretKey())
          .machineSecretKey(worker.getSecretKey())
          .build()) {
        M2MToken created = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
            .secondsUntilExpiration(600)
            .claims(Collections.singletonMap("job", "nightly-export"))
            .build());
        M2MToken verified = clerk.m2mTokens().verify(created.getToken());
        M2MToken revoked = clerk.m2mTokens().revokeToken(RevokeM2MTokenParams.builder()
            .m2mTokenId(created.getId()).revocationReason("job finished").build());

        assertThat(verified.getSubject()).isEqualTo(worker.getId());
        assertThat(verified.getClaims()).containsEntry("job", "nightly-export");
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(clerk.m2mTokens().verify(created.getToken()).isRevoked()).isTrue();
      }
      OpenApiContract.assertConforms(fake.exchanges());
    }
  }

  /** The README's programmatic registration settings, with the fake's keys standing in for the environment. */
  @Test
  void readmeProgrammaticRegistrationSettingsBuildAsWritten() {
    try (FakeClerkBackend fake = FakeClerkBackend.start()) {
      Map<String, String> env = new HashMap<>();
      env.put("CLERK_SECRET_KEY", fake.secretKey());
      env.put("CLERK_PUBLISHABLE_KEY", fake.productionPublishableKey());
      ClerkFilterSettings settings = ClerkFilterSettings.builder()
          .secretKey(env.get("CLERK_SECRET_KEY"))
          .publishableKey(env.get("CLERK_PUBLISHABLE_KEY"))
          .acceptsToken(AcceptsToken.any())
          .mode(FilterMode.OPTIONAL)
          .build();
      assertThat(settings.getAcceptsToken()).isEqualTo(AcceptsToken.any());
      assertThat(settings.getMode()).isEqualTo(FilterMode.OPTIONAL);
    }
  }
}
