package io.clerkservlet.api;

import io.clerkservlet.internal.ApiFactory;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.model.M2MToken;
import java.util.function.Function;

/** This package's side of {@link ApiFactory}: the only caller of the resource APIs' constructors. */
final class ApiFactoryImpl extends ApiFactory {
  static {
    install(new ApiFactoryImpl());
  }

  private ApiFactoryImpl() {
  }

  @Override
  public ApiKeyApi apiKeys(BapiContext context) {
    return new ApiKeyApi(context);
  }

  @Override
  public BillingApi billing(BapiContext context) {
    return new BillingApi(context);
  }

  @Override
  public ClientApi clients(BapiContext context) {
    return new ClientApi(context);
  }

  @Override
  public IdpOAuthAccessTokenApi idpOAuthAccessTokens(BapiContext context) {
    return new IdpOAuthAccessTokenApi(context);
  }

  @Override
  public InvitationApi invitations(BapiContext context) {
    return new InvitationApi(context);
  }

  @Override
  public JwksApi jwks(BapiContext context) {
    return new JwksApi(context);
  }

  @Override
  public M2MTokenApi m2mTokens(BapiContext context, Function<String, M2MToken> localJwtVerifier) {
    return new M2MTokenApi(context, localJwtVerifier);
  }

  @Override
  public MachineApi machines(BapiContext context) {
    return new MachineApi(context);
  }

  @Override
  public OrganizationApi organizations(BapiContext context) {
    return new OrganizationApi(context);
  }

  @Override
  public SessionApi sessions(BapiContext context) {
    return new SessionApi(context);
  }

  @Override
  public UserApi users(BapiContext context) {
    return new UserApi(context);
  }
}
