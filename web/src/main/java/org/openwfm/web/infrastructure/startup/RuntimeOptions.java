package org.openwfm.web.infrastructure.startup;

import java.util.Locale;
import java.util.Optional;

/**
 * Start-up options from the environment (the same names work as JVM system properties with dots, e.g.
 * {@code wfm.demo.data}).
 */
final class RuntimeOptions {

  private RuntimeOptions() {}

  /** {@code WFM_DEMO_DATA}: true or false forces demo data on or off; unset means "only on embedded H2". */
  static Optional<Boolean> demoData() {
    return value("WFM_DEMO_DATA").map(Boolean::parseBoolean);
  }

  /** {@code WFM_ADMIN_PASSWORD}: creates user {@code admin} with this password when no administrator exists. */
  static Optional<String> adminPassword() {
    return value("WFM_ADMIN_PASSWORD");
  }

  private static Optional<String> value(String name) {
    String value = System.getenv(name);
    if (value == null) {
      value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
