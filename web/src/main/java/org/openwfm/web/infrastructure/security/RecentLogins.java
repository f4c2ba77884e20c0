package org.openwfm.web.infrastructure.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers successful HTTP Basic log-ins for a minute. PBKDF2 is slow on purpose (about 0.1 to 0.3 s per
 * check), and a script calling the API sends the same credentials with every request. Only a salted SHA-256
 * of the password is kept, in memory; a changed password or a disabled user takes effect within the minute.
 */
final class RecentLogins {

  static final long TIME_TO_LIVE_NANOS = 60_000_000_000L;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] passwordDigest, CredentialValidationResult result, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[16];
  private final LongSupplier clock;

  RecentLogins(LongSupplier nanoClock) {
    this.clock = nanoClock;
    new SecureRandom().nextBytes(salt);
  }

  /** The remembered result for these credentials, if they were valid less than a minute ago. */
  Optional<CredentialValidationResult> find(String username, String password) {
    Entry entry = entries.get(username);
    if (entry == null || entry.expiresAt() - clock.getAsLong() < 0) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.passwordDigest(), digest(password))
        ? Optional.of(entry.result())
        : Optional.empty();
  }

  /** Remembers a valid log-in. */
  void remember(String username, String password, CredentialValidationResult result) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, new Entry(digest(password), result, clock.getAsLong() + TIME_TO_LIVE_NANOS));
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
