package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;

/** A machine's secret key ({@code "object": "machine_secret_key"}); {@link #toString()} hides it. */
public final class MachineSecretKey {
  private String object;
  private String secret;

  private MachineSecretKey() {
  }

  /** Always {@code machine_secret_key}. */
  public String getObject() {
    return object;
  }

  /** The machine secret key, {@code ak_…}. Treat it like a password. */
  public String getSecret() {
    return secret;
  }

  @Override
  public String toString() {
    return "MachineSecretKey{secret=" + Redaction.secret(secret) + "}";
  }
}
