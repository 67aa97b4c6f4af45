package io.clerkservlet.javax;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clerkservlet.RequestState;
import io.clerkservlet.auth.AuthObject;
import io.clerkservlet.contract.TestServlet;
import io.clerkservlet.contract.WebApp;
import io.clerkservlet.web.ClerkPrincipal;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.AsyncContext;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The contract suite's test servlets for javax.servlet. */
final class TestServlets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestServlets() {
  }

  static Servlet create(TestServlet kind) {
    switch (kind) {
      case ECHO:
        return new Echo();
      case FORWARD:
        return new Forward();
      case INCLUDE:
        return new Include();
      case ASYNC_DISPATCH:
        return new AsyncDispatch();
      case ASYNC_COMPLETE:
        return new AsyncComplete();
      default:
        return new Error();
    }
  }

  static void echo(ServletRequest request, ServletResponse response) throws IOException {
    HttpServletRequest req = (HttpServletRequest) request;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dispatch", String.valueOf(req.getDispatcherType()));
    Principal principal = req.getUserPrincipal();
    out.put("principal", principal == null ? null : principal.getName());
    out.put("principalIsClerk", principal instanceof ClerkPrincipal);
    out.put("remoteUser", req.getRemoteUser());
    out.put("authType", req.getAuthType());
    Map<String, Boolean> roles = new LinkedHashMap<>();
    String[] asked = req.getParameterValues("role");
    for (String role : asked == null ? new String[0] : asked) {
      roles.put(role, req.isUserInRole(role));
    }
    out.put("roles", roles);
    try {
      AuthObject auth = ClerkAuth.get(req);
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("authenticated", auth.isAuthenticated());
      a.put("tokenType", auth.getTokenType() == null ? null : auth.getTokenType().getValue());
      a.put("userId", auth.getUserId());
      a.put("subject", auth.getSubject());
      a.put("orgRole", auth.getOrgRole());
      out.put("auth", a);
      out.put("aliasSame", req.getAttribute(ClerkAuth.AUTH_ALIAS) == auth);
      RequestState state = ClerkAuth.getRequestState(req);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("status", state.getStatus().getValue());
      s.put("reason", state.getReason());
      out.put("state", s);
    } catch (IllegalStateException e) {
      out.put("clerkAuthError", e.getMessage());
    }
    response.setContentType("application/json");
    response.getOutputStream().write(JSON.writeValueAsBytes(out));
  }

  static final class Echo extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      echo(req, res);
    }
  }

  static final class Forward extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
      req.getRequestDispatcher(WebApp.PLAIN_ECHO).forward(req, res);
    }
  }

  static final class Include extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
      req.getRequestDispatcher(WebApp.PLAIN_ECHO).include(req, res);
    }
  }

  static final class AsyncDispatch extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) {
      String to = req.getParameter("to");
      AsyncContext async = req.startAsync();
      async.start(() -> async.dispatch(to));
    }
  }

  static final class AsyncComplete extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) {
      AsyncContext async = req.startAsync();
      async.start(() -> {
        try {
          echo(async.getRequest(), async.getResponse());
        } catch (IOException | RuntimeException e) {
          ((HttpServletResponse) async.getResponse()).setStatus(500);
          e.printStackTrace();
        } finally {
          async.complete();
        }
      });
    }
  }

  static final class Error extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      res.sendError(500);
    }
  }
}
