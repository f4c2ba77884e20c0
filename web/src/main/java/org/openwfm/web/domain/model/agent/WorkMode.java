package org.openwfm.web.domain.model.agent;

/** Where an agent works: always at the site, sometimes at home, or always remotely. */
public enum WorkMode {
  OFFICE,
  HYBRID,
  REMOTE
}
