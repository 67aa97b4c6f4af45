<%@ page contentType="text/html; charset=UTF-8" session="false"
    import="io.clerkservlet.example.Html,io.clerkservlet.example.ExamplePages" %><!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Clerk servlet example</title>
  <style>${ExamplePages.STYLE}</style>
</head>
<body>
  <%-- clerkAuth is the request attribute the Clerk filter sets (an AuthObject); Html.escape escapes for HTML. --%>
  <h1 id="greeting">${clerkAuth.authenticated
      ? 'Hello, '.concat(Html.escape(clerkAuth.userId)).concat('!')
      : 'Hello! You are not signed in.'}</h1>
  <p id="hint">${clerkAuth.authenticated
      ? 'Your Clerk session token was verified by io.clerkservlet ClerkAuthFilter.'.concat(
          empty clerkAuth.orgRole ? '' : ' Active organization role: '.concat(Html.escape(clerkAuth.orgRole)).concat('.'))
      : 'Sign in with Clerk in your front end: the session token arrives as the __session cookie or as an Authorization: Bearer header.'}</p>
  <p id="session-actions">
    ${clerkAuth.authenticated || empty ExamplePages.signIn(pageContext.request.requestURL) ? '' :
        '<a class="button" id="sign-in" href="'.concat(Html.escape(ExamplePages.signIn(pageContext.request.requestURL)))
        .concat('">Sign in as a test user</a><a class="button" id="sign-in-admin" href="')
        .concat(Html.escape(ExamplePages.adminSignIn(pageContext.request.requestURL)))
        .concat('">Sign in as an org admin</a>')}
    ${clerkAuth.authenticated and not empty ExamplePages.signOut(pageContext.request.requestURL)
        ? '<a class="button" id="sign-out" href="'.concat(Html.escape(ExamplePages.signOut(pageContext.request.requestURL)))
            .concat('">Sign out</a>') : ''}
  </p>
  <ul>
    <li><a href="api/me">GET api/me</a>: the whole auth result as JSON (401 without a token)</li>
    <li><a href="api/admin">GET api/admin</a>: 403 unless you are org:admin</li>
    <li>POST internal/jobs: machines only (M2M tokens, API keys)</li>
    <li><a href="m2m/call-internal">GET m2m/call-internal</a>: the M2M loop, this app calling itself as a machine</li>
    <li>POST webhooks/clerk: Clerk webhooks, signature verified</li>
  </ul>
</body>
</html>
