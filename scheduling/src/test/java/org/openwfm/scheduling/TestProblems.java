package org.openwfm.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openwfm.scheduling.io.ProblemDocument;
import org.openwfm.scheduling.io.ProblemDocument.AgentDoc;
import org.openwfm.scheduling.io.ProblemDocument.AvailabilityDoc;
import org.openwfm.scheduling.io.ProblemDocument.ContractDoc;
import org.openwfm.scheduling.io.ProblemDocument.QueueDoc;
import org.openwfm.scheduling.io.ProblemDocument.RequirementDoc;
import org.openwfm.scheduling.io.ProblemDocument.SiteDoc;

/** Small hand-made problems for solver, swap and I/O tests. */
public final class TestProblems {

  public static final String START = "2026-03-02";
  public static final List<String> ALL_DAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  private TestProblems() {}

  /** An agent working 08:00-22:00 any day, full-time, on the given skills. */
  public static AgentDoc agent(String id, String mode, String zone, Map<String, Integer> skills) {
    return new AgentDoc(
        id,
        "full-time",
        mode,
        mode.equals("REMOTE") ? null : "tallinn",
        zone,
        skills,
        mode.equals("HYBRID") ? 2 : null,
        List.of(new AvailabilityDoc(ALL_DAYS, "08:00", "22:00")),
        null,
        null,
        null,
        mode.equals("REMOTE") ? new ProblemDocument.WindowDoc("07:00", "22:00") : null,
        null);
  }

  /** One week, one queue "voice" requiring {@code agents} from 09:00 to 17:00 every day. */
  public static ProblemDocument oneQueueWeek(List<AgentDoc> agents, double required) {
    List<RequirementDoc> requirements = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      List<Double> values = new ArrayList<>(Collections.nCopies(96, 0.0));
      for (int k = 36; k < 68; k++) {
        values.set(k, required);
      }
      requirements.add(
          new RequirementDoc("voice", java.time.LocalDate.parse(START).plusDays(d).toString(), values));
    }
    return new ProblemDocument(
        "test",
        START,
        1,
        "Europe/Tallinn",
        null,
        null,
        List.of(new QueueDoc("voice", null), new QueueDoc("chat", null)),
        List.of(new SiteDoc("tallinn", "Europe/Tallinn", 10)),
        List.of(
            new ContractDoc("full-time", 8.0, 40.0, 5, 11.0, List.of(510)),
            new ContractDoc("part-time", 8.0, 20.0, 5, 11.0, List.of(300))),
        agents,
        requirements,
        null);
  }
}
