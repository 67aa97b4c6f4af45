package io.clerkservlet.javax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.TokenType;
import io.clerkservlet.auth.SignedInAuthObject;
import io.clerkservlet.web.ClerkFilterEngine;
import io.clerkservlet.web.ClerkFilterSettings;
import io.clerkservlet.web.ClerkPrincipal;
import io.clerkservlet.web.RoleSource;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.message.AuthException;
import javax.security.auth.message.AuthStatus;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The module's contract apart from a container: message types, initialization, responses, cleanSubject. */
class ClerkServerAuthModuleTest {
  private final ClerkFilterEngine engine = ClerkFilterEngine.open(ClerkFilterSettings.builder()
      .secretKey("sk_test_" + "moduleUnitTest000000000000").apiUrl("http://127.0.0.1:9")
      .acceptsToken(TokenType.API_KEY).build());
  private final ClerkServerAuthModule module = new ClerkServerAuthModule(engine);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void supportedMessageTypesAreHttpServletRequestAndResponse() {
    assertThat(module.getSupportedMessageTypes()).containsExactly(HttpServletRequest.class, HttpServletResponse.class);
  }

  @Test
  void initializeWhenNoCallbackHandlerThenAuthException() {
    assertThatThrownBy(() -> module.initialize(null, null, null, Collections.emptyMap()))
        .isInstanceOf(AuthException.class).hasMessageContaining("no CallbackHandler");
  }

  @Test
  void secureResponseThenSendSuccess() {
    assertThat(module.secureResponse(null, new Subject())).isEqualTo(AuthStatus.SEND_SUCCESS);
  }

  @Test
  void cleanSubjectThenClerkPrincipalsGoneOthersKept() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("sub", "user_1");
    claims.put("sid", "sess_1");
    ClerkPrincipal clerk = ClerkPrincipal.of(new SignedInAuthObject(claims, "token"), EnumSet.noneOf(RoleSource.class));
    Principal other = () -> "other";
    Subject subject = new Subject();
    subject.getPrincipals().add(clerk);
    subject.getPrincipals().add(other);
    subject.getPrivateCredentials().add(clerk);
    module.cleanSubject(null, subject);
    assertThat(subject.getPrincipals()).containsExactly(other);
    assertThat(subject.getPrivateCredentials()).isEmpty();
  }
}
