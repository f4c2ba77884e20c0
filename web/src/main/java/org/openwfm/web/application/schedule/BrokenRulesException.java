package org.openwfm.web.application.schedule;

import java.util.List;

/** A hand edit would break hard rules; nothing was saved. Each entry names the rule and says why. */
public class BrokenRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> rules;

  public BrokenRulesException(List<String> rules) {
    super("The change breaks " + rules.size() + " hard rule(s): " + String.join("; ", rules)
        + ". Change it, or save anyway with force.");
    this.rules = List.copyOf(rules);
  }

  public List<String> rules() {
    return rules;
  }
}
