package io.clerkservlet.example;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The example's HTML for a person with a browser: the demo's sign-in and sign-out links (only when
 * the fake Clerk's URLs are in the environment: {@value #SIGN_IN_URL}, {@value #ADMIN_SIGN_IN_URL},
 * {@value #SIGN_OUT_URL}) and the {@code /api/admin} page.
 */
public final class ExamplePages {
  /** The fake Clerk's sign-in URL for the test user; {@code redirect_url} is appended. */
  public static final String SIGN_IN_URL = "EXAMPLE_SIGN_IN_URL";
  /** The fake Clerk's sign-in URL for the organization admin; {@code redirect_url} is appended. */
  public static final String ADMIN_SIGN_IN_URL = "EXAMPLE_ADMIN_SIGN_IN_URL";
  /** The fake Clerk's sign-out URL; {@code redirect_url} is appended. */
  public static final String SIGN_OUT_URL = "EXAMPLE_SIGN_OUT_URL";
  /** The style sheet of every page. */
  public static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;"
      + "padding:0 1rem;line-height:1.5;color:#222}a.button{display:inline-block;padding:.4rem .9rem;"
      + "margin:.2rem .4rem .2rem 0;border:1px solid #6c47ff;border-radius:.4rem;color:#6c47ff;"
      + "text-decoration:none}code{background:#f3f3f3;padding:0 .2rem}";

  private ExamplePages() {
  }

  /** The test user's sign-in link back to {@code returnTo}, or "" when not running against the fake. */
  public static String signIn(Object returnTo) {
    return link(SIGN_IN_URL, returnTo);
  }

  /** The organization admin's sign-in link back to {@code returnTo}, or "". */
  public static String adminSignIn(Object returnTo) {
    return link(ADMIN_SIGN_IN_URL, returnTo);
  }

  /** The sign-out link back to {@code returnTo}, or "". */
  public static String signOut(Object returnTo) {
    return link(SIGN_OUT_URL, returnTo);
  }

  /** The {@code /api/admin} page: 200 for an admin, 403 for anyone else (the status is the servlet's). */
  public static String adminPage(boolean admin, String userId, String orgRole) {
    String text = admin
        ? "<h1 id=\"admin\">Welcome, administrator</h1><p>You are <code>" + Html.escape(orgRole)
            + "</code> of the active organization, so <code>isUserInRole(\"org:admin\")</code> is true.</p>"
        : "<h1 id=\"forbidden\">403: not an organization admin</h1><p>Signed in as <code>" + Html.escape(userId)
            + "</code>, but this page needs the role <code>" + ExampleAnswers.ADMIN_ROLE
            + "</code> in the active organization.</p>";
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Admin</title><style>" + STYLE
        + "</style></head><body>" + text + "<p><a href=\"../\">Back to the start page</a></p></body></html>";
  }

  /** True when the {@code Accept} header asks for HTML and not JSON (a browser's navigation). */
  public static boolean wantsHtml(String accept) {
    return accept != null && accept.contains("text/html") && !accept.contains("application/json");
  }

  private static String link(String variable, Object returnTo) {
    String base = System.getenv(variable);
    if (base == null || base.trim().isEmpty() || returnTo == null) {
      return "";
    }
    try {
      return base + (base.contains("?") ? "&" : "?") + "redirect_url="
          + URLEncoder.encode(returnTo.toString(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
