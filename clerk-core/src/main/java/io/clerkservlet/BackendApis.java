package io.clerkservlet;

import io.clerkservlet.api.ApiKeyApi;
import io.clerkservlet.api.BillingApi;
import io.clerkservlet.api.ClientApi;
import io.clerkservlet.api.IdpOAuthAccessTokenApi;
import io.clerkservlet.api.InvitationApi;
import io.clerkservlet.api.JwksApi;
import io.clerkservlet.api.M2MTokenApi;
import io.clerkservlet.api.MachineApi;
import io.clerkservlet.api.OrganizationApi;
import io.clerkservlet.api.SessionApi;
import io.clerkservlet.api.UserApi;
import io.clerkservlet.internal.ApiFactory;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.model.M2MToken;
import java.util.function.Function;

/** The Backend API resources of one {@link ClerkClient}, all on the same context (transport and keys). */
final class BackendApis {
  final ApiKeyApi apiKeys;
  final BillingApi billing;
  final ClientApi clients;
  final IdpOAuthAccessTokenApi idpOAuthAccessTokens;
  final InvitationApi invitations;
  final JwksApi jwks;
  final M2MTokenApi m2mTokens;
  final MachineApi machines;
  final OrganizationApi organizations;
  final SessionApi sessions;
  final UserApi users;

  BackendApis(BapiContext context, Function<String, M2MToken> localM2MJwts) {
    ApiFactory apis = ApiFactory.get();
    this.apiKeys = apis.apiKeys(context);
    this.billing = apis.billing(context);
    this.clients = apis.clients(context);
    this.idpOAuthAccessTokens = apis.idpOAuthAccessTokens(context);
    this.invitations = apis.invitations(context);
    this.jwks = apis.jwks(context);
    this.m2mTokens = apis.m2mTokens(context, localM2MJwts);
    this.machines = apis.machines(context);
    this.organizations = apis.organizations(context);
    this.sessions = apis.sessions(context);
    this.users = apis.users(context);
  }
}
