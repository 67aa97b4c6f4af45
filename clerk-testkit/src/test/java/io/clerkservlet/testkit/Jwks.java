package io.clerkservlet.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: the fake's JWKS fetched over real HTTP, and nimbus verification against it. */
final class Jwks {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS);

  private Jwks() {
  }

  /** {@code GET {apiUrl}/v1/jwks} with the instance secret key. */
  static JWKSet fetch(FakeClerkBackend fake) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(fake.apiUrl() + "/v1/jwks"))
        .header("Authorization", "Bearer " + fake.secretKey()).GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("JWKS answered " + response.statusCode() + ": " + response.body());
      }
      return JWKSet.parse(response.body());
    } catch (IOException | ParseException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** True when nimbus verifies the token's signature with the JWKS key of its kid. */
  static boolean verifies(JWKSet jwks, String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
      return key != null && jwt.verify(new RSASSAVerifier(key));
    } catch (ParseException | JOSEException e) {
      throw new AssertionError(e);
    }
  }

  /** Fetches the JWKS and verifies. */
  static boolean verifies(FakeClerkBackend fake, String token) {
    return verifies(fetch(fake), token);
  }

  /** The token's claims exactly as encoded (integers as Long, key order kept). */
  static Map<String, Object> claims(String token) {
    return part(token, 1);
  }

  /** The token's JOSE header exactly as encoded. */
  static Map<String, Object> header(String token) {
    return part(token, 0);
  }

  private static Map<String, Object> part(String token, int index) {
    try {
      byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
      return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
