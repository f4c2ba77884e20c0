package org.openwfm.simulator.des.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.random.Exponential;

class ScenarioReaderTest {
  private static final String VALID =
      """
      {"intervalsPerDay": 2, "intervalMinutes": 30,
       "queues": [{"id": "voice", "arrivals": [10, 20],
         "handleTime": {"distribution": "exponential", "mean": 120},
         "serviceLevelThresholdSeconds": 20}],
       "agentGroups": [{"id": "g", "skills": [{"queue": "voice"}], "agentsPerInterval": [3]}]}
      """;

  private static String error(String json) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> ScenarioReader.withoutFiles().read(json, "s.json"))
        .getMessage();
  }

  @Test
  void readsAValidScenario() {
    Scenario scenario = ScenarioReader.withoutFiles().read(VALID, "s.json");
    assertEquals(2, scenario.intervals());
    assertEquals(3600, scenario.horizonSeconds());
    assertEquals(new Exponential(120), scenario.queues().get(0).handleTime());
    assertEquals(Routing.defaults(), scenario.routing());
  }

  @Test
  void rejectsNegativeMeanAndNamesTheField() {
    assertEquals(
        "s.json: queues[0].handleTime.mean: expected a positive number, got -120",
        error(VALID.replace("\"mean\": 120", "\"mean\": -120")));
  }

  @Test
  void rejectsMissingFieldAndNamesIt() {
    assertEquals(
        "s.json: queues[0].serviceLevelThresholdSeconds: expected a number, "
            + "got nothing (the field is missing)",
        error(
            VALID
                .replace(",\n   \"serviceLevelThresholdSeconds\": 20", "")
                .replace("\"serviceLevelThresholdSeconds\": 20", "\"priority\": 0")));
  }

  @Test
  void rejectsUnknownFieldSoTyposDoNotPassSilently() {
    String message = error(VALID.replace("\"agentsPerInterval\"", "\"agentsPerIntreval\""));
    assertTrue(
        message.startsWith("s.json: agentGroups[0].agentsPerIntreval: unknown field"), message);
  }

  @Test
  void rejectsUnknownDistributionListingTheKnownOnes() {
    assertEquals(
        "s.json: queues[0].handleTime.distribution: expected one of exponential, lognormal, gamma, "
            + "erlang, weibull, uniform, empirical, constant, got \"pareto\"",
        error(VALID.replace("\"exponential\"", "\"pareto\"")));
  }

  @Test
  void rejectsArrivalsOfTheWrongLength() {
    assertEquals(
        "s.json: queues[0].arrivals: expected 2 values (one day) or 2 (every interval)," + " got 3",
        error(VALID.replace("[10, 20]", "[10, 20, 30]")));
  }

  @Test
  void rejectsSkillForUnknownQueue() {
    String message = error(VALID.replace("{\"queue\": \"voice\"}", "{\"queue\": \"chat\"}"));
    assertEquals("s.json: (top level): agent group g has a skill for unknown queue chat", message);
  }

  @Test
  void rejectsProbabilityAboveOne() {
    assertEquals(
        "s.json: queues[0].balkProbability: expected a probability between 0 and 1, got 1.5",
        error(VALID.replace("\"id\": \"voice\",", "\"id\": \"voice\", \"balkProbability\": 1.5,")));
  }

  @Test
  void rejectsBadChannelListingTheChannels() {
    assertEquals(
        "s.json: queues[0].channel: expected one of VOICE, CHAT, EMAIL, SMS, SOCIAL, "
            + "CALLBACK, got \"FAX\"",
        error(VALID.replace("\"id\": \"voice\",", "\"id\": \"voice\", \"channel\": \"FAX\",")));
  }

  @Test
  void rejectsPatienceOnEmail() {
    String message =
        error(
            VALID.replace(
                "\"id\": \"voice\",",
                "\"id\": \"voice\", \"channel\": \"EMAIL\", \"patience\": {\"distribution\":"
                    + " \"constant\", \"value\": 9},"));
    assertEquals(
        "s.json: queues[0].patience: EMAIL contacts do not abandon; remove patience", message);
  }

  @Test
  void rejectsMalformedJsonWithLineAndColumn() {
    String message = error("{\"intervalsPerDay\": 2,,}");
    assertTrue(message.startsWith("s.json: line 1, column 23: not valid JSON"), message);
  }

  @Test
  void readsShiftsFromTheScheduleFileAndMapsAgentsToGroups() {
    String json =
        """
        {"intervalsPerDay": 1, "intervalMinutes": 1440,
         "queues": [{"id": "voice", "arrivals": [10],
           "handleTime": {"distribution": "exponential", "mean": 120},
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "voice"}]}],
         "schedule": {"file": "week.csv", "start": "2026-03-02T00:00+02:00", "defaultGroup": "g"}}
        """;
    String csv =
        """
        agent,start,end,activity,location
        ann,2026-03-02T08:00+02:00,2026-03-02T16:00+02:00,SHIFT,OFFICE
        ann,2026-03-02T12:00+02:00,2026-03-02T12:30+02:00,LUNCH,
        bob,2026-03-02T08:00+01:00,2026-03-02T16:00+01:00,SHIFT,HOME
        """;
    Scenario scenario = new ScenarioReader(Map.of("week.csv", csv)::get).read(json, "s.json");
    AgentGroupSpec group = scenario.agentGroups().get(0);
    assertEquals(2, group.shifts().size());
    AgentShift ann = group.shifts().get(0);
    assertEquals(8 * 3600, ann.start());
    assertEquals(16 * 3600, ann.end());
    assertEquals(new AgentShift.Pause(12 * 3600, 12.5 * 3600), ann.breaks().get(0));
    assertEquals(9 * 3600, group.shifts().get(1).start(), "08:00+01:00 is 09:00+02:00");
  }

  @Test
  void rejectsScheduleRowWithBadTimeNamingLineAndColumn() {
    String csv =
        "agent,start,end,activity,location\n"
            + "ann,2026-03-02T08:00+02:00,2026-03-02 16:00,SHIFT,OFFICE\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScheduleCsv(OffsetDateTime.parse("2026-03-02T00:00+02:00"))
                    .read(csv, "week.csv"));
    assertTrue(
        e.getMessage().startsWith("week.csv: line 2, column end: expected an ISO-8601"),
        e.getMessage());
  }

  @Test
  void rejectsBreakOutsideAnyShift() {
    String csv =
        """
        agent,start,end,activity,location
        ann,2026-03-02T08:00+02:00,2026-03-02T16:00+02:00,SHIFT,OFFICE
        ann,2026-03-02T17:00+02:00,2026-03-02T17:15+02:00,BREAK,
        """;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScheduleCsv(OffsetDateTime.parse("2026-03-02T00:00+02:00"))
                    .read(csv, "week.csv"));
    assertEquals("week.csv: line 3: BREAK of ann lies inside none of its shifts", e.getMessage());
  }

  @Test
  void rejectsShiftWithoutLocation() {
    String csv =
        """
        agent,start,end,activity,location
        ann,2026-03-02T08:00+02:00,2026-03-02T16:00+02:00,SHIFT,
        """;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScheduleCsv(OffsetDateTime.parse("2026-03-02T00:00+02:00"))
                    .read(csv, "week.csv"));
    assertEquals(
        "week.csv: line 2, column location: expected OFFICE or HOME on a SHIFT row, got ''",
        e.getMessage());
  }

  @Test
  void rejectsOverlappingShiftsOfOneAgent() {
    String csv =
        """
        agent,start,end,activity,location
        ann,2026-03-02T08:00+02:00,2026-03-02T16:00+02:00,SHIFT,OFFICE
        bob,2026-03-02T08:00+02:00,2026-03-02T16:00+02:00,SHIFT,OFFICE
        ann,2026-03-02T15:00+02:00,2026-03-02T20:00+02:00,SHIFT,HOME
        """;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ScheduleCsv(OffsetDateTime.parse("2026-03-02T00:00+02:00"))
                    .read(csv, "week.csv"));
    assertEquals("week.csv: line 4: SHIFT of ann overlaps the one on line 2", e.getMessage());
  }

  @Test
  void rejectsTheSameQueueTwiceInSkills() {
    String message =
        error(
            VALID.replace(
                "[{\"queue\": \"voice\"}]", "[{\"queue\": \"voice\"}, {\"queue\": \"voice\"}]"));
    assertEquals("s.json: agentGroups[0]: agent group g lists a queue twice in skills", message);
  }

  @Test
  void readingTheSameScenarioTwiceGivesEqualValues() throws IOException {
    Path week = Path.of(System.getProperty("user.dir"), "../docs/scenarios/week-1000-agents.json");
    String json = Files.readString(week);
    assertEquals(
        ScenarioReader.withoutFiles().read(json, "a"),
        ScenarioReader.withoutFiles().read(json, "a"));
  }

  private static final String WITH_FORECAST =
      """
      {"intervalsPerDay": 4, "intervalMinutes": 30,
       "forecast": {"file": "forecast.csv", "start": "2026-03-02T08:00"},
       "queues": [{"id": "voice-et",
         "handleTime": {"distribution": "exponential", "mean": 120},
         "serviceLevelThresholdSeconds": 20}],
       "agentGroups": [{"id": "g", "skills": [{"queue": "voice-et"}], "agentsPerInterval": [3]}]}
      """;

  private static Scenario withForecast(String csv) {
    return new ScenarioReader(Map.of("forecast.csv", csv)::get).read(WITH_FORECAST, "s.json");
  }

  @Test
  void takesArrivalsFromTheForecastFileOnTheIntervalGrid() {
    String csv =
        """
        queue,interval_start,offered,offered_low,offered_high,aht_seconds
        voice-et,2026-03-02T07:30,99,90,110,120
        voice-et,2026-03-02T08:00,10.5,9,12,120
        voice-et,2026-03-02T09:00,20,18,22,120
        chat-et,2026-03-02T08:00,5,4,6,300
        """;
    double[] arrivals = withForecast(csv).queues().get(0).arrivals();
    assertEquals(4, arrivals.length);
    assertEquals(10.5, arrivals[0]);
    assertEquals(0, arrivals[1], "no row: closed");
    assertEquals(20, arrivals[2]);
  }

  @Test
  void rejectsForecastRowOffTheGridNamingLineAndColumn() {
    String csv = "queue,interval_start,offered\nvoice-et,2026-03-02T08:15,3\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> withForecast(csv));
    assertTrue(
        e.getMessage().startsWith("forecast.csv: line 2, column interval_start: expected a start"),
        e.getMessage());
  }

  @Test
  void rejectsMissingForecastFileAtTheFieldNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScenarioReader(Map.<String, String>of()::get).read(WITH_FORECAST, "s.json"));
    assertEquals("s.json: forecast.file: file not found: forecast.csv", e.getMessage());
  }

  @Test
  void scalesHandleTimesToTheForecastAhtWhenAsked() {
    String csv =
        """
        queue,interval_start,offered,aht_seconds
        voice-et,2026-03-02T08:00,10,240
        voice-et,2026-03-02T08:30,10,
        """;
    Scenario scenario =
        new ScenarioReader(Map.of("forecast.csv", csv)::get)
            .read(
                WITH_FORECAST.replace(
                    "\"id\": \"voice-et\",",
                    "\"id\": \"voice-et\", \"handleTimeFromForecast\": true,"),
                "s.json");
    QueueSpec queue = scenario.queues().get(0);
    assertEquals(2.0, queue.handleTimeScale(0), 1e-12);
    assertEquals(1.0, queue.handleTimeScale(1), "no AHT in the forecast: the distribution's mean");
  }

  @Test
  void readsScheduleWithByteOrderMarkAndWindowsLineEnds() {
    String csv =
        "\uFEFFagent,start,end,activity,location\r\n"
            + "ann,2026-03-02T08:00:00+02:00,2026-03-02T16:00:00+02:00,SHIFT,OFFICE\r\n";
    assertEquals(
        1,
        new ScheduleCsv(OffsetDateTime.parse("2026-03-02T00:00+02:00")).read(csv, "w.csv").size());
  }
}
