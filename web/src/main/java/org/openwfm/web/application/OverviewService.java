package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Figures for the start pages: what data the centre has, by queue, site and work mode. */
@ApplicationScoped
@Transactional
public class OverviewService {

  /**
   * History held for one queue.
   *
   * @param intervals number of intervals
   * @param offered total contacts offered
   */
  public record QueueHistory(String queue, long intervals, double offered, LocalDate firstDay, LocalDate lastDay) {}

  /** Agents of one site by work mode, and the site's office seats. */
  public record SiteStaff(String site, String timeZone, int officeSeats, long office, long hybrid, long remote) {

    public long total() {
      return office + hybrid + remote;
    }
  }

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  public List<QueueHistory> historyByQueue() {
    List<Object[]> rows = em.createQuery(
            "SELECT q.code, COUNT(h), SUM(h.offered), MIN(h.intervalStart), MAX(h.intervalStart) "
                + "FROM HistoryInterval h JOIN h.queue q GROUP BY q.code ORDER BY q.code", Object[].class)
        .getResultList();
    return rows.stream()
        .map(r -> new QueueHistory((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).doubleValue(),
            ((LocalDateTime) r[3]).toLocalDate(), ((LocalDateTime) r[4]).toLocalDate()))
        .toList();
  }

  public List<SiteStaff> staffBySite() {
    List<Object[]> rows = em.createQuery(
            "SELECT s.name, s.timeZone, s.officeSeats, "
                + "SUM(CASE WHEN a.workMode = org.openwfm.web.domain.model.agent.WorkMode.OFFICE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN a.workMode = org.openwfm.web.domain.model.agent.WorkMode.HYBRID THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN a.workMode = org.openwfm.web.domain.model.agent.WorkMode.REMOTE THEN 1 ELSE 0 END) "
                + "FROM Agent a JOIN a.site s GROUP BY s.name, s.timeZone, s.officeSeats ORDER BY s.name",
            Object[].class)
        .getResultList();
    return rows.stream()
        .map(r -> new SiteStaff((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
            ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
        .toList();
  }
}
