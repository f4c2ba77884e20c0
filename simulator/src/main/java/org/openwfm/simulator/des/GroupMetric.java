package org.openwfm.simulator.des;

/** A reported quantity of an agent group over a range of intervals. */
public enum GroupMetric {
  /** Agent-time busy (holding a contact) / agent-time present, inside the horizon. */
  OCCUPANCY("occupancy"),
  /** Contacts the group's agents started to serve (per day over the range; by arrival interval). */
  HANDLED("handled");

  private final String jsonName;

  GroupMetric(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field name in the JSON report. */
  public String jsonName() {
    return jsonName;
  }

  /** The value for group {@code g} over intervals {@code [from, to)} of one replication. */
  public double of(ReplicationResult r, int g, int from, int to, double perDays) {
    return switch (this) {
      case OCCUPANCY -> {
        double present = r.present(g, from, to);
        yield present == 0 ? Double.NaN : r.busy(g, from, to) / present;
      }
      case HANDLED -> r.handled(g, from, to) / perDays;
    };
  }
}
