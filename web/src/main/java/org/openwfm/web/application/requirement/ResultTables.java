package org.openwfm.web.application.requirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openwfm.web.application.simulation.SimulationRow;
import org.openwfm.web.infrastructure.export.Table;

/**
 * The download layouts of requirements and simulations (CSV columns, XLSX sheets), shared by the REST API and the
 * pages' download buttons so both give the same file.
 */
public final class ResultTables {

  /** Columns of a requirement download. */
  public static final List<String> REQUIREMENT_COLUMNS = List.of("queue", "interval_start", "offered",
      "aht_seconds", "agents", "agents_gross", "service_level", "asa_seconds", "abandon_rate", "occupancy");

  /** Columns of a simulation download. */
  public static final List<String> SIMULATION_COLUMNS = List.of("queue", "interval_start", "offered",
      "service_level", "service_level_ci", "asa_seconds", "asa_ci", "abandon_rate", "abandon_ci", "occupancy",
      "occupancy_ci", "weak");

  private ResultTables() {}

  /** A requirement's rows as a table named {@code requirement-<id>}. */
  public static Table requirement(long id, List<RequirementRow> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (RequirementRow row : rows) {
      values.add(Arrays.asList(row.queue(), row.intervalStart(), round(row.offered()), round(row.ahtSeconds()),
          row.agents(), round(row.agentsGross()), round(row.serviceLevel()), round(row.asaSeconds()),
          round(row.abandonRate()), round(row.occupancy())));
    }
    return new Table("requirement-" + id, REQUIREMENT_COLUMNS, values);
  }

  /** A simulation's rows as a table named {@code simulation-<id>}. */
  public static Table simulation(long id, List<SimulationRow> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (SimulationRow row : rows) {
      values.add(Arrays.asList(row.queue(), row.intervalStart(), round(row.offered()), round(row.serviceLevel()),
          round(row.serviceLevelCi()), round(row.asaSeconds()), round(row.asaCi()), round(row.abandonRate()),
          round(row.abandonCi()), round(row.occupancy()), round(row.occupancyCi()), row.weak()));
    }
    return new Table("simulation-" + id, SIMULATION_COLUMNS, values);
  }

  /** Six decimals are plenty for agents, seconds and shares, and keep downloads small. */
  static Double round(Double value) {
    return value == null ? null : Math.round(value * 1e6) / 1e6;
  }
}
