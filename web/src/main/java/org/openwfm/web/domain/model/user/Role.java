package org.openwfm.web.domain.model.user;

/**
 * What a user may do. The names are the Jakarta Security roles (and groups) used in {@code @RolesAllowed}
 * and web.xml constraints.
 */
public enum Role {
  PLANNER,
  AGENT,
  MANAGER,
  HR,
  ADMIN;

  /** Role name constants for annotations, which need compile-time strings. */
  public static final class Names {
    public static final String PLANNER = "PLANNER";
    public static final String AGENT = "AGENT";
    public static final String MANAGER = "MANAGER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
