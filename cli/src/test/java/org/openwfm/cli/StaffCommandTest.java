package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;

class StaffCommandTest {

  private static final String CONFIG =
      """
      {
        "defaults": {
          "model": "erlang-c",
          "service_level": {"target": 0.8, "seconds": 20},
          "shrinkage": {"breaks": 0.1, "training": 0.05, "absenteeism": 0.1}
        },
        "queues": {
          "voice-ru": {"model": "erlang-a", "patience_seconds": 90, "max_abandon": 0.05},
          "chat-et": {"concurrency": {"sessions": 3, "slowdown": 0.2}, "max_asa_seconds": 30},
          "email-fi": {"model": "deferred", "deadline": {"hours": 1, "target": 0.95},
                       "min_agents": 1}
        }
      }
      """;

  private static String forecast() {
    StringBuilder csv =
        new StringBuilder("queue,interval_start,offered,offered_low,offered_high,aht_seconds\n");
    for (String queue : List.of("voice-et", "voice-ru", "chat-et", "email-fi")) {
      for (int slot = 0; slot < 8; slot++) {
        csv.append(queue)
            .append(",2026-02-14T")
            .append(String.format("%02d:%02d", 9 + slot / 4, 15 * (slot % 4)))
            .append(",")
            .append(40 + 5 * slot)
            .append(",30,60,240\n");
      }
    }
    return csv.toString();
  }

  @Test
  void writesOneRequirementPerQueueAndIntervalWithShrinkage(@TempDir Path dir) throws Exception {
    Path forecast = Files.writeString(dir.resolve("forecast.csv"), forecast());
    Path config = Files.writeString(dir.resolve("staffing.json"), CONFIG);
    Path out = dir.resolve("requirements.csv");
    CliRun run =
        CliRun.of(
            "staff",
            "--forecast",
            forecast.toString(),
            "--config",
            config.toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(String.join(",", StaffCommand.COLUMNS), lines.get(0));
    assertEquals(1 + 4 * 8, lines.size());
    String[] first = lines.get(1).split(",", -1);
    assertEquals("voice-et", first[0]);
    assertEquals("2026-02-14T09:00", first[1]);
    StaffingResult expected =
        Staffing.requirement(
            new Workload(40, 900, 240),
            QueueingModel.erlangC(),
            Concurrency.NONE,
            StaffingTargets.serviceLevel(0.8, 20));
    assertEquals(Integer.toString(expected.requiredAgents()), first[7]);
    assertEquals("0.25", first[8]);
    int scheduled = (int) Math.ceil(expected.requiredAgents() / 0.75 - 1e-9);
    assertEquals(Integer.toString(scheduled), first[10]);
    assertTrue(
        lines.stream()
            .anyMatch(line -> line.startsWith("voice-ru,") && line.contains(",erlang-a,")));
    String email =
        lines.stream().filter(line -> line.startsWith("email-fi,")).findFirst().orElseThrow();
    assertTrue(Integer.parseInt(email.split(",", -1)[7]) >= 1, email);
    assertTrue(run.out().contains("wrote 32 requirements of 4 queues (15-minute intervals)"));
  }

  @Test
  void rejectsAnUnknownConfigFieldNamingItAndWritesNothing(@TempDir Path dir) throws Exception {
    Path forecast = Files.writeString(dir.resolve("forecast.csv"), forecast());
    Path config =
        Files.writeString(
            dir.resolve("staffing.json"),
            "{\"defaults\": {\"service_level\": {\"target\": 0.8}, \"max_abandonment\": 0.1}}");
    Path out = dir.resolve("requirements.csv");
    CliRun run =
        CliRun.of(
            "staff",
            "--forecast",
            forecast.toString(),
            "--config",
            config.toString(),
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("wfm: " + config + ": unknown field defaults.max_abandonment"),
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void rejectsATargetOutOfRangeNamingTheField(@TempDir Path dir) throws Exception {
    Path forecast = Files.writeString(dir.resolve("forecast.csv"), forecast());
    Path config =
        Files.writeString(
            dir.resolve("staffing.json"), "{\"defaults\": {\"service_level\": {\"target\": 80}}}");
    Path out = dir.resolve("requirements.csv");
    CliRun run =
        CliRun.of(
            "staff",
            "--forecast",
            forecast.toString(),
            "--config",
            config.toString(),
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "wfm: " + config + ": defaults.service_level.target must be a number in (0, 1), got 80",
        run.err().strip());
  }

  @Test
  void rejectsABadForecastLineAndLeavesAnOldOutputUntouched(@TempDir Path dir) throws Exception {
    Path forecast =
        Files.writeString(
            dir.resolve("forecast.csv"),
            "queue,interval_start,offered,offered_low,offered_high,aht_seconds\n"
                + "voice-et,2026-02-14T09:00,10,8,12,180\n"
                + "voice-et,2026-02-14T09:15,ten,8,12,180\n");
    Path config = Files.writeString(dir.resolve("staffing.json"), CONFIG);
    Path out = Files.writeString(dir.resolve("requirements.csv"), "old\n");
    CliRun run =
        CliRun.of(
            "staff",
            "--forecast",
            forecast.toString(),
            "--config",
            config.toString(),
            "--out",
            out.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "wfm: " + forecast + " line 3, column offered: expected a number >= 0, got 'ten'",
        run.err().strip());
    assertEquals("old\n", Files.readString(out));
  }

  @Test
  void writesNumbersWithAtMostSixDecimalsAndNoTrailingZeros() {
    assertEquals("12", StaffCommand.number(12));
    assertEquals("1.5", StaffCommand.number(1.5));
    assertEquals("0.123457", StaffCommand.number(0.1234567));
    assertEquals("0", StaffCommand.number(1e-9));
    assertEquals("0.000001", StaffCommand.number(1e-6));
    assertEquals("", StaffCommand.number(Double.POSITIVE_INFINITY));
    assertEquals("2500000000000", StaffCommand.number(2.5e12));
  }
}
