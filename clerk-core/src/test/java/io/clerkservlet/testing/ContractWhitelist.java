package io.clerkservlet.testing;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

/**
 * Narrow exceptions to the spec check, each for something Clerk really does that its published
 * spec omits. Every rule names the message key and the paths it applies to.
 */
final class ContractWhitelist {
  /** The machine-auth endpoints that declare inline errors and no 401 (see bapi-endpoints.md). */
  static final String MACHINE_AUTH_PATHS =
      "^(/v1)?/(m2m_tokens|api_keys|oauth_applications/access_tokens/verify)(/.*)?$";

  private ContractWhitelist() {
  }

  static ValidationErrorsWhitelist rules() {
    return ValidationErrorsWhitelist.create()
        // Clerk answers 401 (clerk_key_invalid / machine_secret_key_invalid) to a missing or wrong
        // bearer on every endpoint, but the machine-auth endpoints list only 400/403/404/409 and
        // GET /jwks lists only 200.
        .withRule("401 on machine-auth endpoints (undocumented in the spec)", allOf(
            messageHasKey("validation.response.status.unknown"),
            responseStatusIs(401),
            pathContainsRegexp(MACHINE_AUTH_PATHS)))
        .withRule("401 on GET /jwks (undocumented in the spec)", allOf(
            messageHasKey("validation.response.status.unknown"),
            responseStatusIs(401),
            pathContainsRegexp("^(/v1)?/jwks$")))
        // @clerk/backend sends suffixed_cookies=true on refresh (reference §1.9); the spec omits it.
        .withRule("suffixed_cookies on session refresh (sent by @clerk/backend, not in the spec)", allOf(
            messageHasKey("validation.request.parameter.query.unexpected"),
            pathContainsRegexp("^(/v1)?/sessions/[^/]+/refresh$")))
        // The spec publishes /clients/handshake_payload as an empty path item (no operation), so the
        // validator falls back to /clients/{client_id}; @clerk/backend calls it with ?nonce= and reads
        // {directives: [...]}. Nothing in the spec can be checked for it.
        .withRule("handshake payload (an empty path item in the spec)",
            (message, operation, request, response) -> request != null
                && request.getPath().matches("^(/v1)?/clients/handshake_payload$"))
        // The fake also plays the Frontend API's handshake redirect (GET /v1/client/handshake), which
        // is not a Backend API endpoint, so the Backend API spec has nothing to say about it.
        .withRule("Frontend API handshake (not part of the Backend API)",
            (message, operation, request, response) -> request != null
                && request.getPath().matches("^/v1/client/handshake$"));
  }
}
