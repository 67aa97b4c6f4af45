package io.clerkservlet.javax;

import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.message.MessageInfo;
import javax.security.auth.message.config.ServerAuthConfig;
import javax.security.auth.message.config.ServerAuthContext;

/** The server configuration of one application and container callback handler: one context for every request. */
final class ClerkServerAuthConfig implements ServerAuthConfig {
  /** The id of the one authentication context. */
  static final String AUTH_CONTEXT_ID = "clerk";

  private final String layer;
  private final String appContext;
  private final CallbackHandler handler;
  private final ServerAuthContext context;

  ClerkServerAuthConfig(String layer, String appContext, CallbackHandler handler, ServerAuthContext context) {
    this.layer = layer;
    this.appContext = appContext;
    this.handler = handler;
    this.context = context;
  }

  /** The container's callback handler this configuration was made for. */
  CallbackHandler handler() {
    return handler;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject, Map properties) {
    return context;
  }

  @Override
  public String getMessageLayer() {
    return layer;
  }

  @Override
  public String getAppContext() {
    return appContext;
  }

  @Override
  public String getAuthContextID(MessageInfo messageInfo) {
    return AUTH_CONTEXT_ID;
  }

  @Override
  public void refresh() {
    // nothing is read from elsewhere: the settings are fixed at registration
  }

  @Override
  public boolean isProtected() {
    return false;
  }
}
