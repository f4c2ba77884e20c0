package org.openwfm.simulator.queueing;

/**
 * How the service level (share of contacts answered within a threshold of seconds) is counted when
 * some contacts abandon. Without abandonment (Erlang C) all three definitions give the same number.
 */
public enum ServiceLevelDefinition {
  /** Answered within the threshold divided by all offered contacts (the default). */
  OFFERED,
  /** Answered within the threshold divided by answered contacts. */
  ANSWERED,
  /**
   * Answered within the threshold divided by offered contacts minus those that abandoned within the
   * threshold ("short abandons" are not counted against the service level).
   */
  OFFERED_EXCLUDING_SHORT_ABANDONS
}
