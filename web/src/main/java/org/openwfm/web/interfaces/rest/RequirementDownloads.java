package org.openwfm.web.interfaces.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openwfm.web.application.requirement.RequirementRow;
import org.openwfm.web.application.simulation.SimulationRow;
import org.openwfm.web.interfaces.rest.Downloads.DownloadTable;

/** The requirement and simulation download layouts (CSV columns and XLSX sheets). */
final class RequirementDownloads {

  /** Columns of a requirement download. */
  static final List<String> REQUIREMENT_COLUMNS = List.of("queue", "interval_start", "offered", "aht_seconds",
      "agents", "agents_gross", "service_level", "asa_seconds", "abandon_rate", "occupancy");

  /** Columns of a simulation download. */
  static final List<String> SIMULATION_COLUMNS = List.of("queue", "interval_start", "offered", "service_level",
      "service_level_ci", "asa_seconds", "asa_ci", "abandon_rate", "abandon_ci", "occupancy", "occupancy_ci", "weak");

  private RequirementDownloads() {}

  static DownloadTable simulation(List<SimulationRow> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (SimulationRow row : rows) {
      values.add(Arrays.asList(row.queue(), row.intervalStart().toString(), round(row.offered()),
          round(row.serviceLevel()), round(row.serviceLevelCi()), round(row.asaSeconds()), round(row.asaCi()),
          round(row.abandonRate()), round(row.abandonCi()), round(row.occupancy()), round(row.occupancyCi()),
          row.weak() ? "yes" : "no"));
    }
    return new DownloadTable("simulation", SIMULATION_COLUMNS, values);
  }

  static DownloadTable table(List<RequirementRow> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (RequirementRow row : rows) {
      values.add(Arrays.asList(row.queue(), row.intervalStart().toString(), round(row.offered()),
          round(row.ahtSeconds()), row.agents(), round(row.agentsGross()), round(row.serviceLevel()),
          round(row.asaSeconds()), round(row.abandonRate()), round(row.occupancy())));
    }
    return new DownloadTable("requirement", REQUIREMENT_COLUMNS, values);
  }

  /** Six decimals are plenty for agents, seconds and shares, and keep downloads small. */
  static Double round(Double value) {
    return value == null ? null : Math.round(value * 1e6) / 1e6;
  }
}
