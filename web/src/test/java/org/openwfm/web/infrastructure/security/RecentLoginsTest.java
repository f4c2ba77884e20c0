package org.openwfm.web.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentLoginsTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RecentLogins logins = new RecentLogins(now::get);
  private final CredentialValidationResult planner = new CredentialValidationResult("planner", Set.of("PLANNER"));

  @Test
  void remembersAValidLogInForAMinute() {
    logins.remember("planner", "demo", planner);
    assertEquals(planner, logins.find("planner", "demo").orElseThrow());
    now.addAndGet(RecentLogins.TIME_TO_LIVE_NANOS + 1);
    assertTrue(logins.find("planner", "demo").isEmpty());
  }

  @Test
  void anotherPasswordIsNotTakenFromMemory() {
    logins.remember("planner", "demo", planner);
    assertTrue(logins.find("planner", "Demo").isEmpty());
    assertTrue(logins.find("manager", "demo").isEmpty());
  }
}
