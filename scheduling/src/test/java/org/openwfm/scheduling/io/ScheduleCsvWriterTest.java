package org.openwfm.scheduling.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.TestProblems;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ShiftPattern;

class ScheduleCsvWriterTest {

  @Test
  void writesShiftThenBreaksAndLunchWithTheAgentsOffset() throws IOException {
    Schedule schedule =
        ProblemReader.toSchedule(
            TestProblems.oneQueueWeek(
                List.of(
                    TestProblems.agent("r1", "REMOTE", "Europe/Lisbon", Map.of("voice", 3))), 1),
            "test");
    AgentDay monday = schedule.getAgentDays().get(0);
    monday.setPattern(new ShiftPattern(8 * 60, 510, BreakRules.DEFAULT));
    monday.setLocation(Location.HOME);
    StringWriter out = new StringWriter();
    ScheduleCsvWriter.write(schedule, out);
    // agent index 0: stagger -1, so breaks and lunch a quarter hour early
    assertEquals(
        String.join(
            "\n",
            "agent,start,end,activity,location",
            "r1,2026-03-02T08:00+00:00,2026-03-02T16:30+00:00,SHIFT,HOME",
            "r1,2026-03-02T09:45+00:00,2026-03-02T10:00+00:00,BREAK,",
            "r1,2026-03-02T11:45+00:00,2026-03-02T12:15+00:00,LUNCH,",
            "r1,2026-03-02T13:45+00:00,2026-03-02T14:00+00:00,BREAK,",
            "r1,2026-03-02T15:45+00:00,2026-03-02T16:00+00:00,BREAK,",
            ""),
        out.toString());
  }

  @Test
  void placesShiftsAtTheirLocalClockTimeOnTheDaylightSavingChangeDay() throws IOException {
    ProblemDocument week = TestProblems.oneQueueWeek(
        List.of(TestProblems.agent("a1", "OFFICE", "Europe/Tallinn", Map.of("voice", 3))), 1);
    ProblemDocument dstWeek =
        new ProblemDocument(
            week.name(), "2026-03-23", 1, week.timeZone(), week.rules(), week.weights(),
            week.queues(), week.sites(), week.contracts(), week.agents(), List.of(),
            week.previous());
    Schedule schedule = ProblemReader.toSchedule(dstWeek, "test");
    AgentDay sunday = schedule.getAgentDays().get(6); // 2026-03-29, clocks 03:00 -> 04:00
    sunday.setPattern(new ShiftPattern(8 * 60, 510, BreakRules.DEFAULT));
    sunday.setLocation(Location.OFFICE);
    StringWriter out = new StringWriter();
    ScheduleCsvWriter.write(schedule, out);
    String shift = out.toString().split("\n")[1];
    assertEquals("a1,2026-03-29T08:00+03:00,2026-03-29T16:30+03:00,SHIFT,OFFICE", shift);
  }
}
