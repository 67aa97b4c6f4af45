package io.clerkservlet.internal.request;

import io.clerkservlet.AuthStatus;
import io.clerkservlet.OrganizationSyncOptions;
import io.clerkservlet.RequestState;
import io.clerkservlet.auth.AuthObject;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Logger;

/**
 * {@code organizationSyncOptions}: the organization (by id or slug) or the personal account a path
 * names, and the {@code active-organization-mismatch} handshake that activates it (reference §1.8
 * step 13). An organization match wins over a personal-account match; {@code :id} over {@code :slug}.
 */
final class OrganizationSync {
  static final String ACTIVE_ORGANIZATION_MISMATCH = "active-organization-mismatch";
  private static final Logger LOG = Logger.getLogger(OrganizationSync.class.getName());

  /** What a path asks for: an organization by id or slug, or the personal account (both null). */
  static final class Target {
    final String organizationId;
    final String organizationSlug;

    Target(String organizationId, String organizationSlug) {
      this.organizationId = organizationId;
      this.organizationSlug = organizationSlug;
    }

    boolean isPersonalAccount() {
      return organizationId == null && organizationSlug == null;
    }
  }

  /** The patterns of one options object, compiled once. */
  private static final class Compiled {
    final PathPattern organizations;
    final PathPattern personalAccount;

    Compiled(OrganizationSyncOptions options) {
      this.organizations = options.getOrganizationPatterns().isEmpty() ? null
          : PathPattern.compile(options.getOrganizationPatterns());
      this.personalAccount = options.getPersonalAccountPatterns().isEmpty() ? null
          : PathPattern.compile(options.getPersonalAccountPatterns());
    }
  }

  private static final Map<OrganizationSyncOptions, Compiled> COMPILED =
      Collections.synchronizedMap(new WeakHashMap<OrganizationSyncOptions, Compiled>());

  private OrganizationSync() {
  }

  private static Compiled compiled(OrganizationSyncOptions options) {
    Compiled c = COMPILED.get(options);
    if (c == null) {
      c = new Compiled(options);
      COMPILED.put(options, c);
    }
    return c;
  }

  /** The target of the request's path, or null. */
  static Target target(AuthenticateContext ctx) {
    OrganizationSyncOptions options = ctx.settings.organizationSync;
    if (options == null) {
      return null;
    }
    String path = ctx.clerkUrl().rawPath();
    Compiled compiled = compiled(options);
    if (compiled.organizations != null) {
      Map<String, String> params = compiled.organizations.match(path);
      if (params != null) {
        if (nonEmpty(params.get("id"))) {
          return new Target(params.get("id"), null);
        }
        if (nonEmpty(params.get("slug"))) {
          return new Target(null, params.get("slug"));
        }
      }
    }
    if (compiled.personalAccount != null && compiled.personalAccount.match(path) != null) {
      return new Target(null, null);
    }
    return null;
  }

  /** The {@code organization_id} query value of the handshake URL: id, else slug, else "" for personal; null for none. */
  static String queryValue(AuthenticateContext ctx) {
    Target target = target(ctx);
    if (target == null) {
      return null;
    }
    if (target.isPersonalAccount()) {
      return "";
    }
    return target.organizationSlug != null ? target.organizationSlug : target.organizationId;
  }

  /** The activation handshake when the signed-in session's organization differs from the path's, else null. */
  static RequestState maybeActivate(AuthenticateContext ctx, AuthObject auth) {
    Target target = target(ctx);
    if (target == null || !mustActivate(target, auth)) {
      return null;
    }
    if (ctx.redirectLoopCounter >= 3) {
      LOG.warning("Clerk: Organization activation handshake loop detected. This is likely due to an invalid "
          + "organization ID or slug. Skipping organization activation.");
      return null;
    }
    RequestState state = Handshakes.maybe(ctx, ACTIVE_ORGANIZATION_MISMATCH, "");
    return state.getStatus() == AuthStatus.HANDSHAKE ? state : null;
  }

  private static boolean mustActivate(Target target, AuthObject auth) {
    if (target.isPersonalAccount()) {
      return nonEmpty(auth.getOrgId());
    }
    if (target.organizationSlug != null && !target.organizationSlug.equals(auth.getOrgSlug())) {
      return true;
    }
    return target.organizationId != null && !target.organizationId.equals(auth.getOrgId());
  }

  private static boolean nonEmpty(String value) {
    return value != null && !value.isEmpty();
  }
}
