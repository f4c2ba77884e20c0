package org.openwfm.web.domain.model.queue;

/** The channel a queue's contacts arrive on. */
public enum Channel {
  VOICE,
  CHAT,
  EMAIL,
  SMS,
  SOCIAL,
  CALLBACK;

  /** Whether the customer waits on line (voice, chat, callback) rather than leaving deferred work. */
  public boolean isRealTime() {
    return this == VOICE || this == CHAT || this == CALLBACK;
  }
}
