package io.clerkservlet.example;

import io.clerkservlet.ClerkClient;
import io.clerkservlet.api.CreateM2MTokenParams;
import io.clerkservlet.api.RevokeM2MTokenParams;
import io.clerkservlet.model.M2MToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-to-machine loop of {@code GET /m2m/call-internal}: this application, as a machine,
 * creates an M2M token with its machine secret key ({@code CLERK_MACHINE_SECRET_KEY}), calls its own
 * {@code POST /internal/jobs} with it (where the filter verifies it), then revokes the token.
 */
public final class M2MLoop implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 10_000;

  private final ClerkClient clerk;

  /** A loop over {@code clerk}, which must have a machine secret key. */
  public M2MLoop(ClerkClient clerk) {
    this.clerk = clerk;
  }

  /** A loop with a client from the {@code CLERK_*} environment variables. */
  public static M2MLoop fromEnvironment() {
    return new M2MLoop(ClerkClient.fromEnvironment());
  }

  /**
   * Creates a token, calls {@code <baseUrl>/internal/jobs} with it and revokes it.
   *
   * @return {@code tokenId}, {@code machineId}, {@code internalStatus}, {@code internalAnswer}, {@code revoked}
   * @throws IllegalStateException when no machine secret key is configured
   * @throws IOException when the internal call fails
   */
  public Map<String, Object> callInternalJobs(String baseUrl) throws IOException {
    M2MToken token = clerk.m2mTokens().createToken(CreateM2MTokenParams.builder()
        .secondsUntilExpiration(60)
        .claims(Collections.<String, Object>singletonMap("job", "nightly-export"))
        .build());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tokenId", token.getId());
    out.put("machineId", token.getSubject());
    try {
      HttpURLConnection call = post(baseUrl + "/internal/jobs", token.getToken());
      try {
        out.put("internalStatus", call.getResponseCode());
        out.put("internalAnswer", ExampleJson.readObject(body(call)));
      } finally {
        call.disconnect();
      }
    } finally {
      M2MToken revoked = clerk.m2mTokens().revokeToken(RevokeM2MTokenParams.builder()
          .m2mTokenId(token.getId()).revocationReason("example call finished").build());
      out.put("revoked", revoked.isRevoked());
    }
    return out;
  }

  private static HttpURLConnection post(String url, String token) throws IOException {
    HttpURLConnection call = (HttpURLConnection) new URL(url).openConnection();
    call.setConnectTimeout(TIMEOUT_MILLIS);
    call.setReadTimeout(TIMEOUT_MILLIS);
    call.setRequestMethod("POST");
    call.setDoOutput(true);
    call.setRequestProperty("Authorization", "Bearer " + token);
    call.setRequestProperty("Content-Type", "application/json");
    call.setRequestProperty("Accept", "application/json");
    try (OutputStream body = call.getOutputStream()) {
      body.write("{\"job\":\"nightly-export\"}".getBytes(StandardCharsets.UTF_8));
    }
    return call;
  }

  private static byte[] body(HttpURLConnection call) throws IOException {
    InputStream in = call.getResponseCode() < 400 ? call.getInputStream() : call.getErrorStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (in != null) {
      try (InputStream body = in) {
        byte[] buffer = new byte[8192];
        for (int n; (n = body.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
        }
      }
    }
    return out.toByteArray();
  }

  /** The URL of this application from the local side of the request, for calls to itself. */
  public static String selfUrl(String scheme, String localAddress, int localPort, String contextPath) {
    String host = localAddress.indexOf(':') >= 0 ? "[" + localAddress.replace("%", "%25") + "]" : localAddress;
    return scheme + "://" + host + ":" + localPort + contextPath;
  }

  /** Closes the client. */
  @Override
  public void close() {
    clerk.close();
  }
}
