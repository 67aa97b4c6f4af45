package io.clerkservlet.benchmarks.e2e;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The peer: Spring Security 6.5's OAuth 2.0 resource server as its documentation sets it up, every
 * request authenticated by a bearer JWT through {@code NimbusJwtDecoder} on the same RSA public key,
 * with the default validators plus the issuer; stateless, CSRF off (an API).
 */
@Configuration
@EnableWebSecurity
public class SpringPeer {
  /** System property with the issuer the tokens carry. */
  static final String ISSUER = "e2e.spring.issuer";
  /** System property with the signing key's PEM. */
  static final String PEM = "e2e.spring.pem";

  /** The filter chain. */
  @Bean
  public SecurityFilterChain api(HttpSecurity http) throws Exception {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey()).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(System.getProperty(ISSUER)));
    http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder)));
    return http.build();
  }

  private static RSAPublicKey publicKey() throws Exception {
    String pem = System.getProperty(PEM).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return (RSAPublicKey) KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }
}
