package io.clerkservlet.example;

import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.webhooks.WebhookEvent;
import io.clerkservlet.webhooks.WebhookVerificationException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON bodies of the example's servlets, so both WARs answer exactly the same. */
public final class ExampleAnswers {
  /** The role {@code GET /api/admin} requires. */
  public static final String ADMIN_ROLE = "org:admin";

  private ExampleAnswers() {
  }

  /** {@code GET /api/admin} for an {@value #ADMIN_ROLE}. */
  public static Map<String, Object> admin(AuthObject auth) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("admin", true);
    out.put("userId", auth.getUserId());
    out.put("orgId", auth.getOrgId());
    out.put("orgRole", auth.getOrgRole());
    return out;
  }

  /** {@code GET /api/admin} for anyone else (403). */
  public static Map<String, Object> forbidden() {
    return error("forbidden", "This needs the role " + ADMIN_ROLE + " in the active organization.");
  }

  /** {@code POST /internal/jobs}: the calling machine (or API key) and its scopes. */
  public static Map<String, Object> jobAccepted(AuthObject auth) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accepted", true);
    out.put("tokenType", auth.getTokenType() == null ? null : auth.getTokenType().getValue());
    out.put("machineId", auth.getMachineId());
    out.put("subject", auth.getSubject());
    out.put("scopes", auth.getScopes());
    return out;
  }

  /** The log line of a verified webhook (no payload: it may hold personal data). */
  public static String webhookLogLine(WebhookEvent event) {
    return "Clerk webhook " + event.getWebhookId() + ": " + event.getType();
  }

  /** {@code POST /webhooks/clerk} when the signature does not verify (400). */
  public static Map<String, Object> webhookRejected(WebhookVerificationException e) {
    return error("invalid_webhook", e.getReason() + ": " + e.getMessage());
  }

  /** True when the webhook failed because this server is misconfigured (answer 500, not 400). */
  public static boolean isConfigurationProblem(WebhookVerificationException e) {
    return e.getReason() == WebhookVerificationException.Reason.MISSING_SECRET
        || e.getReason() == WebhookVerificationException.Reason.INVALID_SECRET;
  }

  /** {@code {"error": code, "message": message}}. */
  public static Map<String, Object> error(String code, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", code);
    out.put("message", message);
    return out;
  }
}
