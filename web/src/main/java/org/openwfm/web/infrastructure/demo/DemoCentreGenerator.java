package org.openwfm.web.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openwfm.web.infrastructure.demo.DemoCentre.Absence;
import org.openwfm.web.infrastructure.demo.DemoCentre.Agent;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.Queue;

/**
 * Builds a believable multichannel demo contact centre from a seed: three sites (Tallinn, Helsinki,
 * Budapest) in two time zones, six teams, three contracts, thirteen voice, chat and e-mail queues
 * in et, ru, fi, hu and en, 120 agents (71% hybrid, 20% remote, 9% office), public holidays, the
 * Valentine's promotion, outages, about 10% absenteeism, and one year of 15-minute history.
 *
 * <p>Deterministic: the same seed and last history day give the same centre and history on every
 * machine and run. Generation of the master data takes milliseconds; the history is generated
 * lazily by {@link DemoCentre#history()}.
 */
public final class DemoCentreGenerator {

  /** The seed the portal's demo data uses. */
  public static final long DEFAULT_SEED = 20260214L;

  /** Days of history: one year ending on the last history day. */
  public static final int HISTORY_DAYS = 365;

  private DemoCentreGenerator() {}

  /**
   * Generates the demo centre.
   *
   * @param seed any number; the same seed gives the same centre
   * @param lastHistoryDay last day of the history year (inclusive), typically yesterday
   * @return the centre with history from {@code lastHistoryDay - 364 days} to {@code
   *     lastHistoryDay}
   */
  public static DemoCentre generate(long seed, LocalDate lastHistoryDay) {
    Objects.requireNonNull(lastHistoryDay, "lastHistoryDay is required");
    if (lastHistoryDay.getYear() < 1900 || lastHistoryDay.getYear() > 9998) {
      throw new IllegalArgumentException(
          "lastHistoryDay must be in the years 1900..9998, was " + lastHistoryDay);
    }
    LocalDate firstHistoryDay = lastHistoryDay.minusDays(HISTORY_DAYS - 1);
    List<Queue> queues = DemoCatalogue.queues();
    List<Agent> agents = AgentGenerator.generate(seed, DemoCatalogue.SITES, queues);
    List<Event> events =
        EventCalendar.build(
            seed, firstHistoryDay, lastHistoryDay, DemoCatalogue.SITES, DemoCatalogue.DEMAND);
    List<Absence> absences =
        AbsenceGenerator.generate(
            seed, firstHistoryDay, lastHistoryDay, DemoCatalogue.SITES, agents);
    return new DemoCentre(
        seed,
        firstHistoryDay,
        lastHistoryDay,
        DemoCatalogue.SITES,
        DemoCatalogue.TEAMS,
        DemoCatalogue.CONTRACTS,
        queues,
        agents,
        events,
        absences);
  }
}
