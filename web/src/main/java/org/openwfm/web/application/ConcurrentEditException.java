package org.openwfm.web.application;

/** Someone else saved the same record after it was read: the edit was not applied, reload and retry. */
public class ConcurrentEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(String what) {
    super(what + " was changed by someone else after you opened it. Reload it and apply your change again.");
  }
}
