package org.openwfm.scheduling.solver;

import static org.openwfm.scheduling.solver.Fixtures.CHAT;
import static org.openwfm.scheduling.solver.Fixtures.HORIZON;
import static org.openwfm.scheduling.solver.Fixtures.MONDAY;
import static org.openwfm.scheduling.solver.Fixtures.VOICE;
import static org.openwfm.scheduling.solver.Fixtures.agent;
import static org.openwfm.scheduling.solver.Fixtures.day;
import static org.openwfm.scheduling.solver.Fixtures.shift;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.SkillLevel;
import org.openwfm.scheduling.domain.TimeWindow;
import org.openwfm.scheduling.domain.WorkMode;
import org.openwfm.scheduling.solver.Fixtures.AgentBuilder;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class ScheduleConstraintProviderTest {

  private static final ConstraintVerifier<ScheduleConstraintProvider, Schedule> verifier =
      ConstraintVerifier.build(new ScheduleConstraintProvider(), Schedule.class, AgentDay.class);

  @Test
  void minimumRestPenalisesMinutesShortOfElevenHours() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    // 14:00-22:30 then 06:00 next day: 7.5 h rest, 3.5 h (210 min) short
    verifier
        .verifyThat(ScheduleConstraintProvider::minimumRest)
        .given(day(agent, 0, shift("14:00", 510)), day(agent, 1, shift("06:00", 510)))
        .penalizesBy(210);
  }

  @Test
  void minimumRestAcceptsElevenHours() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    verifier
        .verifyThat(ScheduleConstraintProvider::minimumRest)
        .given(
            day(agent, 0, shift("08:00", 510)),
            day(agent, 1, shift("08:00", 510)),
            day(agent, 2, null))
        .penalizesBy(0);
  }

  @Test
  void maxConsecutiveDaysPenalisesTheSixthDayInARow() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    AgentDay[] days = new AgentDay[7];
    for (int d = 0; d < 7; d++) {
      days[d] = day(agent, d, d < 6 ? shift("08:00", 510) : null);
    }
    verifier
        .verifyThat(ScheduleConstraintProvider::maxConsecutiveDays)
        .given((Object[]) days)
        .penalizesBy(1);
  }

  @Test
  void maxConsecutiveDaysCountsDaysWorkedBeforeTheHorizon() {
    Agent agent = new AgentBuilder("a1").previousDays(3).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::maxConsecutiveDays)
        .given(
            day(agent, 0, shift("08:00", 510)),
            day(agent, 1, shift("08:00", 510)),
            day(agent, 2, shift("08:00", 510)))
        .penalizesBy(1);
  }

  @Test
  void maxConsecutiveDaysAcceptsFiveDaysAndABreak() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    verifier
        .verifyThat(ScheduleConstraintProvider::maxConsecutiveDays)
        .given(
            day(agent, 0, shift("08:00", 510)),
            day(agent, 1, shift("08:00", 510)),
            day(agent, 2, shift("08:00", 510)),
            day(agent, 3, shift("08:00", 510)),
            day(agent, 4, shift("08:00", 510)),
            day(agent, 5, null),
            day(agent, 6, shift("08:00", 510)))
        .penalizesBy(0);
  }

  private static AgentDay[] week(Agent agent, int workedDays) {
    AgentDay[] days = new AgentDay[7];
    for (int d = 0; d < 7; d++) {
      days[d] = day(agent, d, d < workedDays ? shift("08:00", 510) : null);
    }
    return days;
  }

  @Test
  void weeklyMinimumPenalisesMissingPaidMinutes() {
    // one 8.5 h shift with 30 min lunch = 480 paid; minimum 36 h = 2160
    verifier
        .verifyThat(ScheduleConstraintProvider::weeklyMinimum)
        .given((Object[]) week(agent("a1", WorkMode.OFFICE), 1))
        .penalizesBy(2160 - 480);
  }

  @Test
  void weeklyMinimumCreditsApprovedTimeOff() {
    Agent agent = new AgentBuilder("a1").timeOff(MONDAY.plusDays(4)).build();
    // four shifts (1920) + one time-off day (2160 / 5 = 432) >= 2160
    verifier
        .verifyThat(ScheduleConstraintProvider::weeklyMinimum)
        .given((Object[]) week(agent, 4))
        .penalizesBy(0);
  }

  @Test
  void weeklyMinimumAcceptsFiveShifts() {
    verifier
        .verifyThat(ScheduleConstraintProvider::weeklyMinimum)
        .given((Object[]) week(agent("a1", WorkMode.OFFICE), 5))
        .penalizesBy(0);
  }

  @Test
  void weeklyMaximumPenalisesPaidMinutesBeyondForty() {
    verifier
        .verifyThat(ScheduleConstraintProvider::weeklyMaximum)
        .given((Object[]) week(agent("a1", WorkMode.OFFICE), 6))
        .penalizesBy(6 * 480 - 2400);
  }

  @Test
  void weeklyMaximumAcceptsFortyHours() {
    verifier
        .verifyThat(ScheduleConstraintProvider::weeklyMaximum)
        .given((Object[]) week(agent("a1", WorkMode.OFFICE), 5))
        .penalizesBy(0);
  }

  @Test
  void availabilityPenalisesMinutesBeforeTheWindow() {
    verifier
        .verifyThat(ScheduleConstraintProvider::availability)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("05:00", 510)))
        .penalizesBy(60);
  }

  @Test
  void availabilityPenalisesAWholeShiftOnAnUnavailableWeekday() {
    Agent agent =
        new AgentBuilder("a1")
            .availability(Map.of(DayOfWeek.TUESDAY, TimeWindow.parse("06:00", "22:00")))
            .build();
    verifier
        .verifyThat(ScheduleConstraintProvider::availability)
        .given(day(agent, 0, shift("08:00", 510)), day(agent, 1, shift("08:00", 510)))
        .penalizesBy(510);
  }

  @Test
  void availabilityAcceptsShiftInsideTheWindow() {
    verifier
        .verifyThat(ScheduleConstraintProvider::availability)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void timeOffPenalisesShiftOnApprovedDayOff() {
    Agent agent = new AgentBuilder("a1").timeOff(MONDAY).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::timeOff)
        .given(day(agent, 0, shift("08:00", 510)))
        .penalizesBy(510);
  }

  @Test
  void timeOffAcceptsShiftOnOtherDays() {
    Agent agent = new AgentBuilder("a1").timeOff(MONDAY).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::timeOff)
        .given(day(agent, 0, null), day(agent, 1, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void remoteHoursPenalisesMinutesAfterTheAllowedEnd() {
    Agent agent =
        new AgentBuilder("r1")
            .mode(WorkMode.REMOTE)
            .remoteHours(TimeWindow.parse("08:00", "17:00"))
            .build();
    verifier
        .verifyThat(ScheduleConstraintProvider::remoteHours)
        .given(day(agent, 0, shift("10:00", 510)))
        .penalizesBy(90);
  }

  @Test
  void remoteHoursAcceptsShiftInsideAllowedHours() {
    Agent agent =
        new AgentBuilder("r1")
            .mode(WorkMode.REMOTE)
            .remoteHours(TimeWindow.parse("08:00", "17:00"))
            .build();
    verifier
        .verifyThat(ScheduleConstraintProvider::remoteHours)
        .given(day(agent, 0, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void skillsPenaliseShiftOfAgentBelowEveryQueueMinimum() {
    Agent agent = new AgentBuilder("a1").skills(new SkillLevel(CHAT, 1)).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::skills)
        .given(day(agent, 0, shift("08:00", 510)))
        .penalizesBy(510);
  }

  @Test
  void skillsAcceptQualifiedAgent() {
    verifier
        .verifyThat(ScheduleConstraintProvider::skills)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void workModeLocationPenalisesRemoteAgentInTheOffice() {
    AgentDay day = day(agent("r1", WorkMode.REMOTE), 0, shift("08:00", 510));
    day.setLocation(Location.OFFICE);
    verifier
        .verifyThat(ScheduleConstraintProvider::workModeLocation)
        .given(day)
        .penalizesBy(1);
  }

  @Test
  void workModeLocationAcceptsRemoteAgentAtHome() {
    verifier
        .verifyThat(ScheduleConstraintProvider::workModeLocation)
        .given(day(agent("r1", WorkMode.REMOTE), 0, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void officeSeatsPenaliseEachSlotWithMoreAgentsThanSeats() {
    // the site has one seat; two office agents share 08:00-16:30 (34 slots)
    verifier
        .verifyThat(ScheduleConstraintProvider::officeSeats)
        .given(
            day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)),
            day(agent("a2", WorkMode.OFFICE), 0, shift("08:00", 510)))
        .penalizesBy(34);
  }

  @Test
  void officeSeatsAcceptHybridAgentWorkingFromHome() {
    AgentDay home = day(agent("h1", WorkMode.HYBRID), 0, shift("08:00", 510));
    home.setLocation(Location.HOME);
    verifier
        .verifyThat(ScheduleConstraintProvider::officeSeats)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)), home)
        .penalizesBy(0);
  }

  private static int slot(String time) {
    return TimeWindow.parseMinute(time) / 15;
  }

  @Test
  void underCoveragePenalisesSquaredShortfall() {
    int[][] requirement = new int[2][HORIZON.slotCount()];
    requirement[VOICE.index()][slot("09:00")] = 300;
    CoverageModel coverage = Fixtures.coverage(requirement);
    // one agent covers 1 of 3: shortfall 2 agents -> 2² = 4 agent² = 400 hundredths
    verifier
        .verifyThat(ScheduleConstraintProvider::underCoverage)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510), coverage))
        .penalizesBy(400);
  }

  @Test
  void underCoverageCountsAnAgentWithTwoSkillsOnceSplitOverItsQueues() {
    int[][] requirement = new int[2][HORIZON.slotCount()];
    requirement[VOICE.index()][slot("09:00")] = 100;
    requirement[CHAT.index()][slot("09:00")] = 100;
    CoverageModel coverage = Fixtures.coverage(requirement);
    Agent agent =
        new AgentBuilder("a1").skills(new SkillLevel(VOICE, 3), new SkillLevel(CHAT, 3)).build();
    // half an agent on each queue: 2 x 0.5² = 0.5 agent² = 50 hundredths
    verifier
        .verifyThat(ScheduleConstraintProvider::underCoverage)
        .given(day(agent, 0, shift("08:00", 510), coverage))
        .penalizesBy(50);
  }

  @Test
  void underCoverageAcceptsAgentMeetingTheRequirement() {
    int[][] requirement = new int[2][HORIZON.slotCount()];
    requirement[VOICE.index()][slot("09:00")] = 100;
    CoverageModel coverage = Fixtures.coverage(requirement);
    verifier
        .verifyThat(ScheduleConstraintProvider::underCoverage)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510), coverage))
        .penalizesBy(0);
  }

  @Test
  void underCoverageDoesNotCountAnAgentOnBreak() {
    int[][] requirement = new int[2][HORIZON.slotCount()];
    // agent index 1 (stagger 0): first break 2 h after the 08:00 start
    requirement[VOICE.index()][slot("10:00")] = 100;
    CoverageModel coverage = Fixtures.coverage(requirement);
    verifier
        .verifyThat(ScheduleConstraintProvider::underCoverage)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510), coverage))
        .penalizesBy(100);
  }

  @Test
  void overCoveragePenalisesSurplusPerWorkedSlot() {
    // nothing required: 30 worked slots (34 minus two breaks and a two-slot lunch)
    verifier
        .verifyThat(ScheduleConstraintProvider::overCoverage)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)))
        .penalizesBy(30 * 100);
  }

  @Test
  void overCoverageAcceptsAgentsMatchingTheRequirement() {
    int[][] requirement = new int[2][HORIZON.slotCount()];
    for (int s = slot("08:00"); s < slot("16:30"); s++) {
      requirement[VOICE.index()][s] = 100;
    }
    CoverageModel coverage = Fixtures.coverage(requirement);
    verifier
        .verifyThat(ScheduleConstraintProvider::overCoverage)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510), coverage))
        .penalizesBy(0);
  }

  @Test
  void preferredDayOffPenalisesShiftOnThatDay() {
    Agent agent = new AgentBuilder("a1").preferredOff(MONDAY).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::preferredDayOff)
        .given(day(agent, 0, shift("08:00", 510)))
        .penalizesBy(1);
  }

  @Test
  void preferredDayOffAcceptsTheDayOff() {
    Agent agent = new AgentBuilder("a1").preferredOff(MONDAY).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::preferredDayOff)
        .given(day(agent, 0, null), day(agent, 1, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void preferredStartPenalisesMinutesAfterTheWindow() {
    Agent agent = new AgentBuilder("a1").preferredStart(TimeWindow.parse("08:00", "09:00")).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::preferredStart)
        .given(day(agent, 0, shift("10:00", 510)))
        .penalizesBy(60);
  }

  @Test
  void preferredStartAcceptsStartInsideTheWindow() {
    Agent agent = new AgentBuilder("a1").preferredStart(TimeWindow.parse("08:00", "09:00")).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::preferredStart)
        .given(day(agent, 0, shift("08:30", 510)))
        .penalizesBy(0);
  }

  @Test
  void weekendFairnessPenalisesSquareOfWeekendDays() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    verifier
        .verifyThat(ScheduleConstraintProvider::weekendFairness)
        .given(day(agent, 5, shift("08:00", 510)), day(agent, 6, shift("08:00", 510)))
        .penalizesBy(4);
  }

  @Test
  void weekendFairnessIgnoresWeekdays() {
    verifier
        .verifyThat(ScheduleConstraintProvider::weekendFairness)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510)))
        .penalizesBy(0);
  }

  @Test
  void lateShiftFairnessPenalisesSquareOfLateShifts() {
    Agent agent = agent("a1", WorkMode.OFFICE);
    verifier
        .verifyThat(ScheduleConstraintProvider::lateShiftFairness)
        .given(day(agent, 0, shift("13:00", 510)), day(agent, 1, shift("13:00", 510)))
        .penalizesBy(4);
  }

  @Test
  void lateShiftFairnessIgnoresShiftsEndingByEightPm() {
    verifier
        .verifyThat(ScheduleConstraintProvider::lateShiftFairness)
        .given(day(agent("a1", WorkMode.OFFICE), 0, shift("11:30", 510)))
        .penalizesBy(0);
  }

  private static AgentDay[] hybridWeek(Agent agent, Location... locations) {
    AgentDay[] days = new AgentDay[7];
    for (int d = 0; d < 7; d++) {
      days[d] = day(agent, d, d < locations.length ? shift("08:00", 510) : null);
      if (d < locations.length) {
        days[d].setLocation(locations[d]);
      }
    }
    return days;
  }

  @Test
  void officeDaysPenaliseHybridAgentBelowRequiredOfficeDays() {
    Agent agent = new AgentBuilder("h1").mode(WorkMode.HYBRID).officeDays(2).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::officeDays)
        .given((Object[]) hybridWeek(agent, Location.HOME, Location.HOME, Location.HOME))
        .penalizesBy(2);
  }

  @Test
  void officeDaysAcceptRequiredNumber() {
    Agent agent = new AgentBuilder("h1").mode(WorkMode.HYBRID).officeDays(2).build();
    verifier
        .verifyThat(ScheduleConstraintProvider::officeDays)
        .given((Object[]) hybridWeek(agent, Location.OFFICE, Location.HOME, Location.OFFICE))
        .penalizesBy(0);
  }

  @Test
  void stabilityPenalisesDayMovedFromPreviousSchedule() {
    AgentDay day = day(agent("a1", WorkMode.OFFICE), 0, shift("09:00", 510));
    day.setPrevious(Optional.of(shift("08:00", 510)), Location.OFFICE);
    verifier.verifyThat(ScheduleConstraintProvider::stability).given(day).penalizesBy(1);
  }

  @Test
  void stabilityAcceptsUnchangedDay() {
    AgentDay day = day(agent("a1", WorkMode.OFFICE), 0, shift("08:00", 510));
    day.setPrevious(Optional.of(shift("08:00", 510)), Location.OFFICE);
    AgentDay off = day(agent("a2", WorkMode.OFFICE), 0, null);
    off.setPrevious(Optional.empty(), Location.OFFICE);
    verifier.verifyThat(ScheduleConstraintProvider::stability).given(day, off).penalizesBy(0);
  }
}
