package io.clerkservlet;

import io.clerkservlet.internal.ApiFactory;
import io.clerkservlet.internal.BackgroundTasks;
import io.clerkservlet.internal.Version;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiTransport;
import io.clerkservlet.internal.http.TransportSettings;
import io.clerkservlet.internal.jwt.SessionTokenVerifier;
import io.clerkservlet.internal.keys.KeyResolver;
import io.clerkservlet.internal.machine.LocalM2MJwts;
import io.clerkservlet.internal.machine.MachineTokenVerifier;
import io.clerkservlet.internal.machine.OpaqueTokenVerifier;
import io.clerkservlet.internal.request.BrowserFlow;
import io.clerkservlet.internal.request.RequestAuthenticator;
import io.clerkservlet.internal.request.ResolvedKeys;

/**
 * The parts of one {@link ClerkClient}, wired from its {@link ClientConfig}: the transport and its
 * background threads, the key resolver, the token verifiers, the request authenticator and the
 * Backend API resources. {@link #close()} releases the pools and threads.
 */
final class ClientEngine implements AutoCloseable {
  final BapiTransport transport;
  final SessionTokenVerifier sessionTokens;
  final RequestAuthenticator requests;
  final BackendApis apis;
  private final BackgroundTasks background;

  ClientEngine(ClientConfig config) {
    this.background = new BackgroundTasks();
    this.transport = new BapiTransport(new TransportSettings(config.apiUrl, config.apiVersion,
        config.connectTimeout, config.readTimeout, config.callTimeout, Version.userAgent(),
        TransportSettings.DEFAULT_MAX_READ_ATTEMPTS, config.sleeper, config.httpProxy), background);
    BapiContext context = new BapiContext(transport, config.secretKey, config.machineSecretKey);
    KeyResolver keys = new KeyResolver(transport, config.clock,
        config.keyRefreshExecutor != null ? config.keyRefreshExecutor : background::execute);
    this.sessionTokens = new SessionTokenVerifier(keys, config.clock, config.secretKey, config.jwtKey,
        config.repeatTokenCache);
    MachineTokenVerifier machineTokens = new MachineTokenVerifier(sessionTokens,
        new OpaqueTokenVerifier(transport, config.clock, config.machineTokenCacheTtl));
    this.apis = new BackendApis(context,
        new LocalM2MJwts(machineTokens, config.secretKey, config.jwtKey, config.clock));
    BapiContext requestInput = context.forRequestInput();
    ApiFactory factory = ApiFactory.get();
    this.requests = new RequestAuthenticator(sessionTokens, machineTokens,
        new ResolvedKeys(config.secretKey, config.machineSecretKey, config.jwtKey),
        new BrowserFlow(sessionTokens, factory.clients(requestInput), factory.sessions(requestInput),
            config.clock, config.browser));
  }

  @Override
  public void close() {
    transport.close();
    background.close();
  }
}
