package io.clerkservlet.internal;

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
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.model.M2MToken;
import java.util.function.Function;

/**
 * The bridge through which {@code ClerkClient} (and the browser flow) construct the Backend API
 * resource classes of {@code io.clerkservlet.api}, whose constructors take the internal
 * {@link BapiContext} and are therefore package-private.
 *
 * <p>Why a bridge: Java 8 without modules cannot export a constructor to one other package, and a
 * public constructor or factory would put {@code BapiContext} into the public API. So the
 * {@code api} package lends its constructors through this abstract class, as OkHttp 3 does with
 * {@code Internal.instance}: the package-private {@code io.clerkservlet.api.ApiFactoryImpl} extends
 * it and {@link #install installs} itself from its static initializer. Loading is deterministic:
 * {@link #get()} initializes that class by name the first time it is called, whatever class of the
 * library was loaded first, and a second installation fails.
 */
public abstract class ApiFactory {
  private static final String IMPLEMENTATION = "io.clerkservlet.api.ApiFactoryImpl";
  private static volatile ApiFactory instance;

  /** For the one implementation in {@code io.clerkservlet.api}. */
  protected ApiFactory() {
  }

  /** The factory, loading the {@code api} package's implementation on first use. */
  public static ApiFactory get() {
    ApiFactory factory = instance;
    if (factory != null) {
      return factory;
    }
    try {
      Class.forName(IMPLEMENTATION, true, ApiFactory.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("clerk-core is incomplete: " + IMPLEMENTATION + " is missing", e);
    }
    factory = instance;
    if (factory == null) {
      throw new IllegalStateException(IMPLEMENTATION + " did not install itself");
    }
    return factory;
  }

  /** Called once, by the implementation's static initializer. */
  protected static synchronized void install(ApiFactory factory) {
    if (instance != null) {
      throw new IllegalStateException("ApiFactory is already installed");
    }
    instance = factory;
  }

  /** API keys. */
  public abstract ApiKeyApi apiKeys(BapiContext context);

  /** Billing plans and subscriptions. */
  public abstract BillingApi billing(BapiContext context);

  /** Clients. */
  public abstract ClientApi clients(BapiContext context);

  /** Clerk-issued OAuth access tokens. */
  public abstract IdpOAuthAccessTokenApi idpOAuthAccessTokens(BapiContext context);

  /** Invitations. */
  public abstract InvitationApi invitations(BapiContext context);

  /** The instance's JWKS. */
  public abstract JwksApi jwks(BapiContext context);

  /** M2M tokens; M2M JWTs are verified by {@code localJwtVerifier}. */
  public abstract M2MTokenApi m2mTokens(BapiContext context, Function<String, M2MToken> localJwtVerifier);

  /** Machines. */
  public abstract MachineApi machines(BapiContext context);

  /** Organizations and memberships. */
  public abstract OrganizationApi organizations(BapiContext context);

  /** Sessions. */
  public abstract SessionApi sessions(BapiContext context);

  /** Users. */
  public abstract UserApi users(BapiContext context);
}
