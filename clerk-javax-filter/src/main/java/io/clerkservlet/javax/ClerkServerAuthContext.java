package io.clerkservlet.javax;

import javax.security.auth.Subject;
import javax.security.auth.message.AuthException;
import javax.security.auth.message.AuthStatus;
import javax.security.auth.message.MessageInfo;
import javax.security.auth.message.config.ServerAuthContext;
import javax.security.auth.message.module.ServerAuthModule;

/** The one authentication context of an application: its Clerk module. */
final class ClerkServerAuthContext implements ServerAuthContext {
  private final ServerAuthModule module;

  ClerkServerAuthContext(ServerAuthModule module) {
    this.module = module;
  }

  @Override
  public AuthStatus validateRequest(MessageInfo messageInfo, Subject clientSubject, Subject serviceSubject)
      throws AuthException {
    return module.validateRequest(messageInfo, clientSubject, serviceSubject);
  }

  @Override
  public AuthStatus secureResponse(MessageInfo messageInfo, Subject serviceSubject) throws AuthException {
    return module.secureResponse(messageInfo, serviceSubject);
  }

  @Override
  public void cleanSubject(MessageInfo messageInfo, Subject subject) throws AuthException {
    module.cleanSubject(messageInfo, subject);
  }
}
