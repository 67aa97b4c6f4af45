package io.clerkservlet.testkit.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user-facing resources of the fake (users, sessions, clients, organizations, memberships,
 * invitations): builds their stores and routes and wires them together (deleting or banning a
 * user revokes its sessions; deleting it drops its memberships).
 */
public final class IdentityStores {
  private final FakeState state;
  private final UserStore users;
  private final SessionStore sessions;
  private final OrganizationStore organizations;
  private final ClientRoutes clientRoutes;
  private final FrontendApiRoutes frontendApi;

  /** Creates empty stores over the shared state. */
  public IdentityStores(FakeState state) {
    this.state = state;
    this.users = new UserStore(state);
    this.sessions = new SessionStore(state);
    this.organizations = new OrganizationStore(state, users);
    this.clientRoutes = new ClientRoutes(state, sessions);
    this.frontendApi = new FrontendApiRoutes(state, sessions, clientRoutes);
  }

  /** Registers every route of these resources. */
  public void register(Router router) {
    new UserRoutes(state, users, sessions::revokeAllOf, organizations::forgetUser).register(router);
    new SessionRoutes(state, sessions).register(router);
    new SessionTokenRoutes(state, sessions).register(router);
    clientRoutes.register(router);
    frontendApi.register(router);
    new DevSignInRoutes(state, users, sessions, organizations).register(router);
    new OrganizationRoutes(state, organizations).register(router);
    new MembershipRoutes(state, organizations).register(router);
    new InvitationRoutes(state, users).register(router);
  }

  /** Creates a user with one verified email address; returns its id. */
  public String createUser(String email, String firstName, String lastName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email_address", Collections.singletonList(email));
    body.put("first_name", firstName);
    body.put("last_name", lastName);
    synchronized (state) {
      try {
        return (String) users.create(FakeJson.MAPPER.valueToTree(body)).get("id");
      } catch (FakeError e) {
        throw refused(e);
      }
    }
  }

  /**
   * Creates an active session (on a new client) for a user; returns session id, client id,
   * refresh token and client token, in that order.
   */
  public String[] createSession(String userId) {
    synchronized (state) {
      try {
        users.get(userId);
      } catch (FakeError e) {
        throw refused(e);
      }
      Map<String, Object> s = sessions.create(userId);
      return new String[] {(String) s.get("id"), (String) s.get("client_id"),
          (String) s.get("__refresh_token"), sessions.clientToken(s)};
    }
  }

  /** Creates a signed-out development browser (on a new client); returns its {@code __clerk_db_jwt} token. */
  public String createDevBrowser() {
    return frontendApi.createDevBrowser();
  }

  /**
   * Signs a user in on the client of a development browser, as if they had used the sign-in page;
   * returns session id, client id, refresh token and client token, in that order.
   */
  public String[] signInDevBrowser(String devBrowserToken, String userId) {
    synchronized (state) {
      String clientId = frontendApi.clientOfDevBrowser(devBrowserToken);
      if (clientId == null) {
        throw new IllegalArgumentException("unknown development browser token");
      }
      try {
        users.get(userId);
      } catch (FakeError e) {
        throw refused(e);
      }
      Map<String, Object> s = sessions.create(userId, clientId);
      return new String[] {(String) s.get("id"), clientId, (String) s.get("__refresh_token"),
          sessions.clientToken(s)};
    }
  }

  /** Creates an organization; returns its id. */
  public String createOrganization(String name, String slug) {
    synchronized (state) {
      try {
        return (String) organizations.create(name, slug, null, null, null, null).get("id");
      } catch (FakeError e) {
        throw refused(e);
      }
    }
  }

  /** Adds a member with a role ({@code org:admin} or {@code org:member}); returns the membership id. */
  public String addMembership(String organizationId, String userId, String role) {
    synchronized (state) {
      try {
        return (String) organizations.addMembership(organizationId, userId, role).get("id");
      } catch (FakeError e) {
        throw refused(e);
      }
    }
  }

  /** Sets the directives the handshake payload of a nonce answers with. */
  public void putHandshakePayload(String nonce, List<String> directives) {
    clientRoutes.putHandshakePayload(nonce, directives);
  }

  /** A seeding helper's failure as the message Clerk would have answered. */
  @SuppressWarnings("unchecked")
  private static IllegalArgumentException refused(FakeError e) {
    Map<String, Object> body = (Map<String, Object>) e.reply().body();
    Map<String, Object> first = ((List<Map<String, Object>>) body.get("errors")).get(0);
    return new IllegalArgumentException(first.get("code") + ": " + first.get("long_message"));
  }
}
