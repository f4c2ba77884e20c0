package org.openwfm.web.application;

import java.util.Optional;

/**
 * One page of the agent list: filters (each optional; text filters match anywhere, case-insensitive), the
 * sort and the rows wanted.
 *
 * @param site exact site name
 * @param workMode exact work mode (OFFICE, HYBRID, REMOTE)
 * @param skill part of a queue code the agent has a skill on
 * @param sort one of {@code code}, {@code lastName}, {@code site}, {@code team}, {@code workMode}
 * @param first index of the first row, from 0
 * @param pageSize rows wanted, 1 to 500
 */
public record AgentQuery(
    Optional<String> code,
    Optional<String> name,
    Optional<String> site,
    Optional<String> team,
    Optional<String> workMode,
    Optional<String> skill,
    String sort,
    boolean ascending,
    int first,
    int pageSize) {

  public AgentQuery {
    if (first < 0 || pageSize < 1 || pageSize > 500) {
      throw new IllegalArgumentException(
          "Rows " + first + " to " + (first + pageSize) + " cannot be shown: first must be 0 or more and the page"
              + " 1 to 500 rows.");
    }
  }
}
