package org.openwfm.simulator.des.scenario;

/** The channel of a queue, which decides how its contacts behave in the simulation. */
public enum Channel {
  VOICE,
  CHAT,
  EMAIL,
  SMS,
  SOCIAL,
  CALLBACK;

  /** Whether the customer waits on line (may abandon) rather than leaving a message for later. */
  public boolean isRealTime() {
    return this != EMAIL && this != SOCIAL;
  }

  /** Whether an agent may handle several contacts of this channel at once (sessions). */
  public boolean isConcurrent() {
    return this == CHAT || this == SMS;
  }
}
