package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final Path SCENARIOS =
      Path.of(System.getProperty("user.dir")).resolve("../docs/scenarios");

  @TempDir Path dir;

  @Test
  void writesQueuesAndAgentGroupsWithMeanAndConfidenceInterval() throws IOException {
    Path out = dir.resolve("result.json");
    int code =
        Wfm.run(
            "simulate",
            "--scenario",
            SCENARIOS.resolve("mmcab.json").toString(),
            "--replications",
            "40",
            "--seed",
            "7",
            "--out",
            out.toString());
    assertEquals(0, code);
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    JsonNode voice = root.get("queues").get(0);
    assertEquals("voice", voice.get("id").asText());
    for (String field :
        new String[] {
          "offered",
          "served",
          "abandoned",
          "answered_within_threshold",
          "service_level",
          "service_level_abandon_aware",
          "asa_seconds"
        }) {
      JsonNode estimate = voice.get(field);
      double mean = estimate.get("mean").asDouble();
      double lower = estimate.get("ci95").get(0).asDouble();
      double upper = estimate.get("ci95").get(1).asDouble();
      assertTrue(lower <= mean && mean <= upper, field + " mean outside its interval");
    }
    assertTrue(voice.get("offered").get("mean").asDouble() > 1900);
    assertEquals(
        voice.get("offered").get("mean").asDouble(),
        root.get("total").get("offered").get("mean").asDouble());
    JsonNode group = root.get("agentGroups").get(0);
    assertEquals("agents", group.get("id").asText());
    double occupancy = group.get("occupancy").get("mean").asDouble();
    assertEquals(
        voice.get("served").get("mean").asDouble(),
        group.get("handled").get("mean").asDouble(),
        1e-9);
    assertTrue(occupancy > 0.6 && occupancy < 0.75, "occupancy " + occupancy);
  }

  @Test
  void sameSeedGivesSameOutputWhateverTheThreadCount() throws IOException {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    String scenario = SCENARIOS.resolve("mmc.json").toString();
    assertEquals(
        0,
        Wfm.run(
            "simulate",
            "--scenario",
            scenario,
            "--replications",
            "30",
            "--threads",
            "1",
            "--out",
            one.toString()));
    assertEquals(
        0,
        Wfm.run(
            "simulate",
            "--scenario",
            scenario,
            "--replications",
            "30",
            "--threads",
            "3",
            "--out",
            two.toString()));
    assertEquals(Files.readString(one), Files.readString(two));
  }

  @Test
  void rejectsScenarioWithBadFieldNamingItsPath() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(SCENARIOS.resolve("mmc.json")).replace("\"mean\": 120", "\"mean\": -120"));
    Path out = dir.resolve("never.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Wfm.run("simulate", "--scenario", bad.toString(), "--out", out.toString());
    } finally {
      System.setErr(original);
    }
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        message.contains("bad.json: queues[0].handleTime.mean: expected a positive number"),
        message);
    assertFalse(Files.exists(out));
  }

  @Test
  void readsTheScheduleNamedInTheScenarioRelativeToIt() throws IOException {
    Path out = dir.resolve("shifts.json");
    int code =
        Wfm.run(
            "simulate",
            "--scenario",
            SCENARIOS.resolve("shifts-day.json").toString(),
            "--replications",
            "10",
            "--out",
            out.toString());
    assertEquals(0, code);
    JsonNode groups = new ObjectMapper().readTree(out.toFile()).get("agentGroups");
    assertEquals("voice", groups.get(0).get("id").asText());
    assertTrue(groups.get(0).get("occupancy").get("mean").asDouble() > 0.3);
  }

  @Test
  void rejectsScenarioWhoseScheduleFileIsMissing() throws IOException {
    Path scenario = dir.resolve("shifts.json");
    Files.writeString(scenario, Files.readString(SCENARIOS.resolve("shifts-day.json")));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Wfm.run("simulate", "--scenario", scenario.toString());
    } finally {
      System.setErr(original);
    }
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("wfm: shifts.json: schedule.file: file not found: "), message);
  }

  @Test
  void comparesTwoScenariosOnCommonRandomNumbers() throws IOException {
    Path out = dir.resolve("compare.json");
    int code =
        Wfm.run(
            "simulate",
            "--scenario",
            SCENARIOS.resolve("mmc.json").toString(),
            "--compare",
            SCENARIOS.resolve("mmcab.json").toString(),
            "--replications",
            "30",
            "--out",
            out.toString());
    assertEquals(0, code);
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    JsonNode offered = root.get("difference").get("queues").get(0).get("offered");
    assertEquals(0, offered.get("mean").asDouble(), "same arrivals on common random numbers");
    double abandoned =
        root.get("difference").get("queues").get(0).get("abandoned").get("mean").asDouble();
    assertEquals(
        root.get("variant").get("queues").get(0).get("abandoned").get("mean").asDouble(),
        abandoned,
        1e-9);
    assertTrue(abandoned > 0);
  }
}
