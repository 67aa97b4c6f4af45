package io.clerkservlet.internal.request;

import static io.clerkservlet.internal.Strings.firstNonNull;

import io.clerkservlet.AcceptsToken;
import io.clerkservlet.AuthenticateRequestOptions;
import io.clerkservlet.TokenType;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.machine.MachineTokenVerifier;

/** The keys of one {@code authenticateRequest} call: the client's, overridden by non-blank options. */
public final class ResolvedKeys {
  /** The {@code @clerk/backend} message when M2M authentication has no key at all. */
  public static final String MISSING_MACHINE_KEYS = "Machine token authentication requires either a Machine "
      + "secret key or a Clerk secret key. Ensure a Clerk secret key or Machine secret key is set.";

  private final String secretKey;
  private final String machineSecretKey;
  private final String jwtKey;

  /** The keys (any may be null). */
  public ResolvedKeys(String secretKey, String machineSecretKey, String jwtKey) {
    this.secretKey = secretKey;
    this.machineSecretKey = machineSecretKey;
    this.jwtKey = jwtKey;
  }

  ResolvedKeys overriddenBy(AuthenticateRequestOptions options) {
    return new ResolvedKeys(firstNonNull(options.getSecretKey(), secretKey),
        firstNonNull(options.getMachineSecretKey(), machineSecretKey), firstNonNull(options.getJwtKey(), jwtKey));
  }

  /**
   * The configuration errors of reference §1.2, thrown, not returned as states. Unlike
   * {@code @clerk/backend}, a {@code jwtKey} alone is enough for session tokens (networkless).
   */
  void checkPreconditions(AcceptsToken accepts) {
    if (accepts.isExactly(TokenType.M2M_TOKEN)) {
      if (machineSecretKey == null && secretKey == null) {
        throw new IllegalStateException(MISSING_MACHINE_KEYS);
      }
    } else if (secretKey == null && jwtKey == null) {
      throw new IllegalStateException(BapiContext.MISSING_SECRET_KEY);
    }
  }

  MachineTokenVerifier.Keys machineKeys(AuthenticateRequestOptions options) {
    return new MachineTokenVerifier.Keys(secretKey, machineSecretKey, jwtKey, options.getAudience(),
        options.getClockSkew());
  }

  String secretKey() {
    return secretKey;
  }

  String jwtKey() {
    return jwtKey;
  }
}
