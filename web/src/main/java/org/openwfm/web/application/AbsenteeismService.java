package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Absenteeism per team: unplanned absence days (every code but VACATION) over the working days (Monday to
 * Friday) of the team's agents in a period. Planned leave is not absenteeism.
 */
@ApplicationScoped
@Transactional
public class AbsenteeismService {

  /**
   * One team's absenteeism in the period.
   *
   * @param rate unplanned absence days / working days, 0 to 1
   */
  public record TeamAbsenteeism(String team, long agents, long workingDays, long absenceDays, double rate) {}

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /** Absenteeism per team between two days, both inclusive. */
  public List<TeamAbsenteeism> byTeam(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ").");
    }
    long weekdays = weekdays(from, to);
    Map<String, Long> agentsPerTeam = new TreeMap<>();
    for (Object[] row : em.createQuery("SELECT t.name, COUNT(a) FROM Agent a JOIN a.team t GROUP BY t.name",
        Object[].class).getResultList()) {
      agentsPerTeam.put((String) row[0], ((Number) row[1]).longValue());
    }
    Map<String, Long> absentDays = new HashMap<>();
    List<Object[]> absences = em.createQuery(
            "SELECT t.name, b.dateFrom, b.dateTo FROM Absence b JOIN b.agent a JOIN a.team t "
                + "WHERE b.code <> 'VACATION' AND b.dateTo >= :from AND b.dateFrom <= :to", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    for (Object[] row : absences) {
      LocalDate start = max((LocalDate) row[1], from);
      LocalDate end = min((LocalDate) row[2], to);
      absentDays.merge((String) row[0], weekdays(start, end), Long::sum);
    }
    List<TeamAbsenteeism> result = new ArrayList<>();
    agentsPerTeam.forEach((team, agents) -> {
      long working = agents * weekdays;
      long absent = absentDays.getOrDefault(team, 0L);
      result.add(new TeamAbsenteeism(team, agents, working, absent, working == 0 ? 0 : (double) absent / working));
    });
    return result;
  }

  static long weekdays(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
