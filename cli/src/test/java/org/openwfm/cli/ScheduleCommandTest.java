package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.scheduling.demo.DemoProblemGenerator;

class ScheduleCommandTest {

  @TempDir Path dir;

  @Test
  void writesScheduleCsvAndExplanationForASmallProblem() throws IOException {
    Path problem = dir.resolve("small.json");
    try (Writer out = Files.newBufferedWriter(problem, StandardCharsets.UTF_8)) {
      DemoProblemGenerator.write(
          new DemoProblemGenerator(3, 10, 1, LocalDate.of(2026, 2, 2), 0.8).generate(), out);
    }
    Path csv = dir.resolve("schedule.csv");
    Path explain = dir.resolve("explain.json");
    int code =
        Wfm.run(
            "schedule", "--problem", problem.toString(), "--time-limit", "3",
            "--unimproved-limit", "1", "--seed", "1", "--out", csv.toString(),
            "--explain", explain.toString());
    assertEquals(0, code);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("agent,start,end,activity,location", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches(
        "agent\\d{3},2026-02-0\\dT\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d,.*,SHIFT,(OFFICE|HOME)")),
        lines.get(1));
    assertTrue(Files.readString(explain).contains("\"rules\""));
  }

  @Test
  void reportsMissingProblemFileWithExitCodeTwoAndWritesNothing() {
    Path csv = dir.resolve("schedule.csv");
    int code =
        Wfm.run(
            "schedule", "--problem", dir.resolve("none.json").toString(), "--time-limit", "1",
            "--out", csv.toString());
    assertEquals(2, code);
    assertFalse(Files.exists(csv));
  }

  @Test
  void resolvesFromAPreviousScheduleKeepingPublishedDays() throws IOException {
    Path problem = dir.resolve("small.json");
    try (Writer out = Files.newBufferedWriter(problem, StandardCharsets.UTF_8)) {
      DemoProblemGenerator.write(
          new DemoProblemGenerator(3, 10, 1, LocalDate.of(2026, 2, 2), 0.8).generate(), out);
    }
    Path first = dir.resolve("first.csv");
    assertEquals(0, Wfm.run("schedule", "--problem", problem.toString(), "--time-limit", "2",
        "--unimproved-limit", "1", "--seed", "1", "--out", first.toString()));
    Path second = dir.resolve("second.csv");
    assertEquals(0, Wfm.run("schedule", "--problem", problem.toString(), "--time-limit", "2",
        "--unimproved-limit", "1", "--seed", "2", "--out", second.toString(),
        "--previous", first.toString(), "--published-until", "2026-02-04"));
    List<String> kept = Files.readAllLines(first).stream()
        .filter(l -> l.matches("agent\\d+,2026-02-0[234]T.*")).toList();
    List<String> again = Files.readAllLines(second).stream()
        .filter(l -> l.matches("agent\\d+,2026-02-0[234]T.*")).toList();
    assertFalse(kept.isEmpty());
    assertEquals(kept, again, "published days 2-4 February are unchanged");
  }
}
