package org.openwfm.scheduling.domain;

/** What a part of a shift is: a short paid break or an unpaid lunch. */
public enum ActivityType {
  BREAK,
  LUNCH
}
