package io.clerkservlet.web;

/** The browser-session (multi-domain) settings of a filter. */
final class BrowserSettings {
  final String domain;
  final boolean satellite;
  final String proxyUrl;
  final String signInUrl;
  final String signUpUrl;
  final boolean satelliteAutoSync;

  BrowserSettings(String domain, boolean satellite, String proxyUrl, String signInUrl, String signUpUrl,
      boolean satelliteAutoSync) {
    this.domain = domain;
    this.satellite = satellite;
    this.proxyUrl = proxyUrl;
    this.signInUrl = signInUrl;
    this.signUpUrl = signUpUrl;
    this.satelliteAutoSync = satelliteAutoSync;
  }

  @Override
  public String toString() {
    return "domain=" + domain + ", isSatellite=" + satellite + ", proxyUrl=" + proxyUrl + ", signInUrl="
        + signInUrl + ", signUpUrl=" + signUpUrl + ", satelliteAutoSync=" + satelliteAutoSync;
  }
}
