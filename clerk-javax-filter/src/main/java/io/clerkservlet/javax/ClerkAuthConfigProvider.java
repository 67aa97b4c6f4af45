package io.clerkservlet.javax;

import io.clerkservlet.web.ClerkFilterEngine;
import java.util.Collections;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.message.AuthException;
import javax.security.auth.message.config.AuthConfigProvider;
import javax.security.auth.message.config.ClientAuthConfig;
import javax.security.auth.message.config.ServerAuthConfig;

/**
 * The provider {@link ClerkServerAuthListener} registers for one application: server configurations of
 * {@link ClerkServerAuthModule} on one engine. Containers may ask for the configuration on every request,
 * so the last one is kept while the callback handler stays the same.
 */
final class ClerkAuthConfigProvider implements AuthConfigProvider {
  private final ClerkFilterEngine engine;
  private volatile ClerkServerAuthConfig last;

  ClerkAuthConfigProvider(ClerkFilterEngine engine) {
    this.engine = engine;
  }

  @Override
  public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
      throws AuthException {
    ClerkServerAuthConfig config = last;
    if (config != null && config.handler() == handler && config.getMessageLayer().equals(layer)
        && config.getAppContext().equals(appContext)) {
      return config;
    }
    ClerkServerAuthModule module = new ClerkServerAuthModule(engine);
    module.initialize(null, null, handler, Collections.emptyMap());
    config = new ClerkServerAuthConfig(layer, appContext, handler, new ClerkServerAuthContext(module));
    last = config;
    return config;
  }

  /** Clerk authenticates incoming requests only. */
  @Override
  public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) {
    return null;
  }

  @Override
  public void refresh() {
    // the settings are fixed at registration
  }

  @Override
  public String toString() {
    return "ClerkAuthConfigProvider{" + engine + "}";
  }
}
