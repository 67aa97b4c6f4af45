package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.internal.http.BapiRequest.Method;
import io.clerkservlet.internal.machine.MachineTokens;
import io.clerkservlet.model.M2MToken;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.util.Map;
import java.util.function.Function;

/**
 * Machine-to-machine tokens: {@code POST {apiUrl}/m2m_tokens} and friends (no version segment, as
 * {@code @clerk/backend} calls them). Obtain it from {@code ClerkClient.m2mTokens()}.
 *
 * <p>Creating needs a machine secret key. Listing, revoking and verifying use the per-call machine
 * secret key, else the client's, else the instance secret key.
 */
public final class M2MTokenApi {
  /** The message when a token is created with no machine secret key. */
  public static final String MISSING_MACHINE_SECRET_KEY =
      "Creating an M2M token requires a machine secret key: set machineSecretKey on the ClerkClient "
      + "or on the call (CLERK_MACHINE_SECRET_KEY).";
  private static final String PATH = "m2m_tokens";

  private final BapiContext context;
  private final Function<String, M2MToken> localJwtVerifier;

  /**
   * Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.m2mTokens()}. M2M JWTs
   * go to {@code localJwtVerifier}.
   */
  M2MTokenApi(BapiContext context, Function<String, M2MToken> localJwtVerifier) {
    this.context = context;
    this.localJwtVerifier = localJwtVerifier;
  }

  /**
   * Creates a token for the machine that owns the machine secret key.
   *
   * @throws IllegalStateException when no machine secret key is configured or passed
   * @throws ClerkApiException when Clerk refuses or cannot be reached
   */
  public M2MToken createToken(CreateM2MTokenParams params) {
    String key = params.getMachineSecretKey() != null
        ? params.getMachineSecretKey() : context.machineSecretKey();
    if (key == null) {
      throw new IllegalStateException(MISSING_MACHINE_SECRET_KEY);
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("seconds_until_expiration", params.getSecondsUntilExpiration());
    body.put("claims", params.getClaims());
    if (params.getMinRemainingTtlSeconds() != null) {
      body.put("min_remaining_ttl_seconds", params.getMinRemainingTtlSeconds());
    }
    body.put("token_format", params.getTokenFormat().wireValue());
    return context.callWithBearer(
        BapiRequest.unversioned(Method.POST, PATH).body(body).bearer(key), M2MToken.class);
  }

  /** Same as {@link #createToken(CreateM2MTokenParams)}. */
  public M2MToken create(CreateM2MTokenParams params) {
    return createToken(params);
  }

  /** Creates an opaque token with the machine's default lifetime. */
  public M2MToken createToken() {
    return createToken(CreateM2MTokenParams.builder().build());
  }

  /** Lists a machine's tokens. */
  public PaginatedResourceResponse<M2MToken> list(ListM2MTokensParams params) {
    BapiRequest request = BapiRequest.unversioned(Method.GET, PATH)
        .query("subject", params.getSubject())
        .query("revoked", params.getRevoked())
        .query("expired", params.getExpired())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset())
        .bearer(context.machineBearer(params.getMachineSecretKey()));
    return context.listWithBearer(request, M2MToken.class);
  }

  /** Revokes a token; the answer is the revoked token. */
  public M2MToken revokeToken(RevokeM2MTokenParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("revocation_reason", params.getRevocationReason());
    BapiRequest request = BapiRequest.unversioned(Method.POST, PATH)
        .id(params.getM2mTokenId()).path("revoke")
        .body(body)
        .bearer(context.machineBearer(params.getMachineSecretKey()));
    return context.callWithBearer(request, M2MToken.class);
  }

  /** Same as {@link #revokeToken(RevokeM2MTokenParams)}. */
  public M2MToken revoke(RevokeM2MTokenParams params) {
    return revokeToken(params);
  }

  /**
   * Verifies an M2M token: an M2M JWT (payload {@code sub} starting with {@code mch_}, as
   * {@code @clerk/backend}'s {@code isM2MJwt}) locally against the instance keys, with no call
   * (failures throw {@link io.clerkservlet.TokenVerificationException}); anything else by asking
   * Clerk (a token Clerk does not know is a {@link ClerkApiException} with status 404).
   */
  public M2MToken verify(VerifyM2MTokenParams params) {
    String token = params.getToken();
    if (MachineTokens.isM2MJwt(token)) {
      return localJwtVerifier.apply(token);
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("token", token);
    BapiRequest request = BapiRequest.unversioned(Method.POST, PATH).path("verify")
        .body(body)
        .bearer(context.machineBearer(params.getMachineSecretKey()));
    return context.callWithBearer(request, M2MToken.class);
  }

  /** {@link #verify(VerifyM2MTokenParams)} with the client's keys. */
  public M2MToken verify(String token) {
    return verify(VerifyM2MTokenParams.builder().token(token).build());
  }

  /** The {@code @clerk/backend} 2.7.0 name of {@link #verify(VerifyM2MTokenParams)}. */
  public M2MToken verifySecret(VerifyM2MTokenParams params) {
    return verify(params);
  }

  /** The {@code @clerk/backend} 2.7.0 name of {@link #verify(String)}. */
  public M2MToken verifySecret(String token) {
    return verify(token);
  }
}
