package io.clerkservlet.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/** The settings that make one {@code ClerkClient}: equal settings share one client. */
final class ClientSettings {
  final String secretKey;
  final String machineSecretKey;
  final String publishableKey;
  final String jwtKey;
  final String apiUrl;
  final String apiVersion;
  final Duration machineTokenCacheTtl;
  final Duration callTimeout;
  final Clock clock;
  final String httpProxy;

  ClientSettings(String secretKey, String machineSecretKey, String publishableKey, String jwtKey, String apiUrl,
      String apiVersion, Duration machineTokenCacheTtl, Duration callTimeout, Clock clock, String httpProxy) {
    this.secretKey = secretKey;
    this.machineSecretKey = machineSecretKey;
    this.publishableKey = publishableKey;
    this.jwtKey = jwtKey;
    this.apiUrl = apiUrl;
    this.apiVersion = apiVersion;
    this.machineTokenCacheTtl = machineTokenCacheTtl;
    this.callTimeout = callTimeout;
    this.clock = clock;
    this.httpProxy = httpProxy;
  }

  private Object[] parts() {
    return new Object[] {secretKey, machineSecretKey, publishableKey, jwtKey, apiUrl, apiVersion,
        machineTokenCacheTtl, callTimeout, clock, httpProxy};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientSettings && Arrays.equals(parts(), ((ClientSettings) o).parts());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(parts());
  }

  /** Never shows a key. */
  @Override
  public String toString() {
    return "ClientSettings{apiUrl=" + apiUrl + ", apiVersion=" + apiVersion + "}";
  }
}
