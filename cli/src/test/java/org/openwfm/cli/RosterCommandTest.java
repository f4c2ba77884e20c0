package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.CurtoisReader;
import org.openwfm.scheduling.curtois.RosterCheck;
import org.openwfm.scheduling.curtois.RosterCsv;

class RosterCommandTest {

  @TempDir Path temp;

  private String out;
  private String err;

  private static Path instanceFile(int number) {
    return Path.of(System.getProperty("wfm.sharedData", "../../shared/data"))
        .resolve("curtois-rostering")
        .resolve("Instance" + number + ".txt");
  }

  private int run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      return Wfm.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      out = outBytes.toString(StandardCharsets.UTF_8);
      err = errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheRosterCsvAndPrintsTheObjectiveRecomputedFromIt() throws IOException {
    Path roster = temp.resolve("roster.csv");
    int code =
        run(
            "roster",
            "--curtois",
            instanceFile(2).toString(),
            "--time-limit",
            "2",
            "--out",
            roster.toString());
    assertEquals(0, code, err);
    CurtoisInstance instance = CurtoisReader.read(instanceFile(2));
    RosterCheck check;
    try (Reader reader = Files.newBufferedReader(roster)) {
      check = RosterCheck.of(RosterCsv.read(instance, "roster.csv", reader));
    }
    assertTrue(Files.readString(roster).startsWith("employee,day,shift\n"));
    assertTrue(out.contains("objective " + check.objective() + " "), out);
    assertTrue(out.contains("hard violations " + check.hardViolations().size() + "\n"), out);
  }

  @Test
  void warnsAboutAContractThatNoRosterCanMeet() {
    Path roster = temp.resolve("roster.csv");
    int code =
        run(
            "roster",
            "--curtois",
            instanceFile(1).toString(),
            "--time-limit",
            "0.5",
            "--out",
            roster.toString());
    assertEquals(0, code, err);
    assertTrue(err.startsWith("wfm: warning: Instance1.txt: employee C can work at most"), err);
  }

  @Test
  void rejectsABadInstanceNamingTheLineAndWritesNothing() throws IOException {
    Path bad = temp.resolve("bad.txt");
    Files.writeString(bad, "SECTION_HORIZON\nfourteen\n");
    Path roster = temp.resolve("roster.csv");
    int code =
        run("roster", "--curtois", bad.toString(), "--time-limit", "1", "--out", roster.toString());
    assertEquals(2, code);
    assertEquals(
        "wfm: bad.txt line 2 (SECTION_HORIZON): horizon length: expected an integer, found"
            + " 'fourteen'",
        err.strip());
    assertFalse(Files.exists(roster));
  }

  @Test
  void rejectsANonPositiveTimeLimit() {
    int code =
        run(
            "roster",
            "--curtois",
            instanceFile(1).toString(),
            "--time-limit",
            "0",
            "--out",
            temp.resolve("r.csv").toString());
    assertEquals(2, code);
    assertTrue(err.startsWith("wfm: --time-limit: expected seconds"), err);
  }

  @Test
  void rejectsAMissingInstanceFile() {
    int code =
        run(
            "roster",
            "--curtois",
            temp.resolve("none.txt").toString(),
            "--time-limit",
            "1",
            "--out",
            temp.resolve("r.csv").toString());
    assertEquals(2, code);
    assertTrue(err.startsWith("wfm: --curtois: no such file"), err);
  }
}
