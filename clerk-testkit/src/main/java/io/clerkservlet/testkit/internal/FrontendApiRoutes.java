package io.clerkservlet.testkit.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Frontend API's handshake, {@code GET /v1/client/handshake}, as a browser meets it: it finds
 * the browser's client (the {@code __clerk_db_jwt} development browser of the query, else the
 * {@code __client} cookie), builds the cookie directives of its active session (or clearing ones
 * when signed out) and answers 307 back to {@code redirect_url} with
 * {@code __clerk_handshake_nonce=<nonce>} ({@code format=nonce}, the default) or
 * {@code __clerk_handshake=<jwt>} ({@code format=token}). The nonce's directives are then served
 * by {@code GET /v1/clients/handshake_payload?nonce=}.
 */
public final class FrontendApiRoutes {
  private static final String MAX_AGE_TEN_YEARS = "; Path=/; Max-Age=315360000; SameSite=Lax";

  private final FakeState state;
  private final SessionStore sessions;
  private final ClientRoutes clients;
  private final Map<String, String> devBrowsers = new HashMap<>();

  /** Creates the routes. */
  public FrontendApiRoutes(FakeState state, SessionStore sessions, ClientRoutes clients) {
    this.state = state;
    this.sessions = sessions;
    this.clients = clients;
  }

  /** Registers the route. */
  public void register(Router router) {
    router.add("GET", "/v1/client/handshake", this::handshake);
  }

  /** A new development browser on a new, signed-out client; returns its token. */
  public String createDevBrowser() {
    synchronized (state) {
      String token = "dvb_" + Ids.random("", 27);
      devBrowsers.put(token, sessions.createClient());
      return token;
    }
  }

  /** The client of a development browser token, or null. */
  public String clientOfDevBrowser(String token) {
    synchronized (state) {
      return devBrowsers.get(token);
    }
  }

  private Reply handshake(FakeRequest request) {
    String redirectUrl = request.query("redirect_url");
    if (redirectUrl == null || !isHttpUrl(redirectUrl)) {
      throw new FakeError(Reply.paramError(400, "form_param_missing", "redirect_url", "is missing",
          "redirect_url must be an absolute http(s) URL."));
    }
    String format = request.query("format") == null ? "nonce" : request.query("format");
    if (!format.equals("nonce") && !format.equals("token")) {
      throw new FakeError(Reply.paramError(400, "form_param_format_invalid", "format", "is invalid",
          "format must be nonce or token."));
    }
    List<String> directives;
    synchronized (state) {
      directives = directives(request, redirectUrl);
    }
    String param;
    if (format.equals("nonce")) {
      String nonce = Ids.random("", 32);
      clients.putHandshakePayload(nonce, directives);
      param = "__clerk_handshake_nonce=" + nonce;
    } else {
      Map<String, Object> header = new LinkedHashMap<>();
      header.put("alg", "RS256");
      header.put("kid", state.keys().current().kid());
      header.put("typ", "JWT");
      header.put("cat", SessionTokenRoutes.SESSION_CATEGORY);
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("handshake", directives);
      param = "__clerk_handshake=" + JwtSigner.sign(header, payload, state.keys().current().privateKey());
    }
    return Reply.json(307, null).header("Location", append(redirectUrl, param))
        .header("Cache-Control", "no-store");
  }

  private List<String> directives(FakeRequest request, String redirectUrl) {
    String devBrowser = request.query("__clerk_db_jwt");
    String clientId = devBrowser == null ? null : devBrowsers.get(devBrowser);
    if (clientId == null) {
      clientId = sessions.clientIdByToken(cookie(request, "__client"));
    }
    if (devBrowser == null || !devBrowsers.containsKey(devBrowser)) {
      devBrowser = "dvb_" + Ids.random("", 27);
      devBrowsers.put(devBrowser, clientId != null ? clientId : sessions.createClient());
    }
    boolean suffixed = "true".equals(request.query("suffixed_cookies"));
    Map<String, Object> session = clientId == null ? null : sessions.activeSession(clientId);
    List<String> out = new ArrayList<>();
    if (session == null) {
      cookie(out, "__session", "", "; Path=/; Max-Age=0; SameSite=Lax", suffixed);
      cookie(out, "__client_uat", "0", MAX_AGE_TEN_YEARS, suffixed);
    } else {
      String jwt = SessionTokenRoutes.sessionJwt(state, session, SessionTokenRoutes.DEFAULT_TOKEN_SECONDS,
          origin(redirectUrl), SessionTokenRoutes.SESSION_CATEGORY);
      cookie(out, "__session", jwt, "; Path=/; SameSite=Lax", suffixed);
      cookie(out, "__client_uat", Long.toString((Long) session.get("created_at") / 1000), MAX_AGE_TEN_YEARS,
          suffixed);
      String refresh = (String) session.get("__refresh_token");
      out.add("__refresh_" + SessionTokenRoutes.cookieSuffix(state, false) + "=" + refresh
          + "; Path=/; HttpOnly; SameSite=Lax");
      out.add("__refresh_" + SessionTokenRoutes.cookieSuffix(state, true) + "=" + refresh
          + "; Path=/; HttpOnly; SameSite=Lax");
    }
    out.add("__clerk_db_jwt=" + devBrowser + "; Path=/; SameSite=Lax");
    return out;
  }

  /** The unsuffixed cookie, preceded by the suffixed ones (for the fake's test and live keys) when asked. */
  private void cookie(List<String> out, String name, String value, String attributes, boolean suffixed) {
    if (suffixed) {
      out.add(name + "_" + SessionTokenRoutes.cookieSuffix(state, false) + "=" + value + attributes);
      out.add(name + "_" + SessionTokenRoutes.cookieSuffix(state, true) + "=" + value + attributes);
    }
    out.add(name + "=" + value + attributes);
  }

  static String cookie(FakeRequest request, String name) {
    String header = request.header("Cookie");
    if (header == null) {
      return null;
    }
    for (String pair : header.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
        return pair.substring(eq + 1).trim();
      }
    }
    return null;
  }

  static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** The URL with {@code name=value} added to its query (before any fragment). */
  static String append(String url, String param) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    return base + (base.contains("?") ? "&" : "?") + param + fragment;
  }

}
