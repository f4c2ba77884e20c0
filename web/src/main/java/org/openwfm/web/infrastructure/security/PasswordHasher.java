package org.openwfm.web.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes new passwords with the same PBKDF2 parameters the identity store verifies with. SHA-512 with 210,000
 * iterations follows the OWASP password storage recommendation for PBKDF2-HMAC-SHA512.
 */
@ApplicationScoped
public class PasswordHasher {

  static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
  static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM_PARAMETER),
            "Pbkdf2PasswordHash.Iterations", value(ITERATIONS_PARAMETER),
            "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_PARAMETER),
            "Pbkdf2PasswordHash.KeySizeBytes", value(KEY_PARAMETER)));
  }

  /** The storable hash of a password (algorithm, iterations, salt and key in one string). */
  public String hash(String password) {
    if (password == null || password.length() < 4) {
      throw new IllegalArgumentException("A password needs at least 4 characters.");
    }
    return hash.generate(password.toCharArray());
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }
}
