package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ErlangCommandTest {

  private static JsonNode json(CliRun run) throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void printsThePublishedErlangACaseAsOneJsonObject() throws Exception {
    JsonNode result =
        json(
            CliRun.of(
                "erlang",
                "--model",
                "a",
                "--volume",
                "252",
                "--interval-minutes",
                "60",
                "--aht",
                "120",
                "--patience",
                "60",
                "--agents",
                "12",
                "--sl-definition",
                "answered"));
    assertEquals("a", result.get("model").asText());
    assertEquals(12, result.get("agents").asInt());
    assertEquals(8.4, result.get("traffic_erlangs").asDouble(), 1e-12);
    assertEquals(0.029679, result.get("p_abandon").asDouble(), 5e-7);
    assertEquals(0.974182, result.get("service_level").asDouble(), 5e-7);
    assertEquals(0.967872, result.get("service_level_excluding_short_abandons").asDouble(), 5e-7);
    assertEquals(0.679225, result.get("occupancy").asDouble(), 5e-7);
    assertTrue(result.get("p_wait").asDouble() > 0);
    assertTrue(result.get("asa_seconds").asDouble() > 0);
  }

  @Test
  void staffsToEightyInTwentyAndReportsTheRequirement() throws Exception {
    JsonNode result =
        json(
            CliRun.of(
                "erlang",
                "--model",
                "c",
                "--volume",
                "200",
                "--interval-minutes",
                "30",
                "--aht",
                "180",
                "--target-sl",
                "0.8",
                "--sl-seconds",
                "20"));
    assertEquals(24, result.get("agents").asInt());
    assertTrue(result.get("service_level").asDouble() >= 0.8);
    double fractional = result.get("required_fractional").asDouble();
    assertTrue(fractional > 23 && fractional <= 24, "fractional " + fractional);
  }

  @Test
  void reportsAnUnstableQueueWithNullAsaAndStableFalse() throws Exception {
    JsonNode result =
        json(
            CliRun.of(
                "erlang",
                "--model",
                "c",
                "--volume",
                "200",
                "--interval-minutes",
                "30",
                "--aht",
                "180",
                "--agents",
                "20"));
    assertEquals(1.0, result.get("p_wait").asDouble());
    assertEquals(0.0, result.get("service_level").asDouble());
    assertTrue(result.get("asa_seconds").isNull());
    assertFalse(result.get("stable").asBoolean());
  }

  @Test
  void rejectsAServiceLevelTargetGivenInPercentNamingArgumentAndRange() {
    CliRun run =
        CliRun.of(
            "erlang",
            "--model",
            "c",
            "--volume",
            "200",
            "--interval-minutes",
            "30",
            "--aht",
            "180",
            "--target-sl",
            "80");
    assertEquals(2, run.exitCode());
    assertEquals("wfm: --target-sl must be a number in (0, 1), got '80'", run.err().strip());
  }

  @Test
  void rejectsAgentsTogetherWithTargets() {
    CliRun run =
        CliRun.of(
            "erlang",
            "--model",
            "c",
            "--volume",
            "200",
            "--interval-minutes",
            "30",
            "--aht",
            "180",
            "--agents",
            "30",
            "--target-sl",
            "0.8");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("wfm: --agents cannot be combined with --target-sl"));
  }

  @Test
  void rejectsModelAWithoutPatienceAndANegativeVolume() {
    CliRun noPatience =
        CliRun.of(
            "erlang",
            "--model",
            "a",
            "--volume",
            "10",
            "--interval-minutes",
            "30",
            "--aht",
            "180",
            "--agents",
            "3");
    assertEquals(2, noPatience.exitCode());
    assertEquals("wfm: --model a needs --patience SECONDS (> 0)", noPatience.err().strip());
    CliRun negative =
        CliRun.of(
            "erlang",
            "--model",
            "c",
            "--volume",
            "-1",
            "--interval-minutes",
            "30",
            "--aht",
            "180",
            "--agents",
            "3");
    assertEquals("wfm: --volume must be a number >= 0, got '-1'", negative.err().strip());
  }

  @Test
  void rejectsAFractionalNumberOfAgentsNamingTheRange() {
    CliRun run =
        CliRun.of(
            "erlang",
            "--model",
            "c",
            "--volume",
            "10",
            "--interval-minutes",
            "30",
            "--aht",
            "180",
            "--agents",
            "2.5");
    assertEquals(2, run.exitCode());
    assertEquals(
        "wfm: --agents must be a whole number in [1, 10000000], got '2.5'", run.err().strip());
  }
}
