package org.openwfm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.CurtoisReader;
import org.openwfm.scheduling.curtois.HardViolation;
import org.openwfm.scheduling.curtois.RosterCheck;
import org.openwfm.scheduling.curtois.RosterCsv;
import org.openwfm.scheduling.curtois.solver.CurtoisSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wfm roster --curtois FILE --time-limit SECONDS --out FILE}: solves a Curtois &amp; Qu
 * benchmark instance, writes the roster CSV ({@code employee,day,shift}, one row per worked day,
 * day index from 0) and prints the benchmark objective and the hard violations, both recomputed
 * from the roster independently of the solver.
 */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = "Solve a Curtois & Qu shift scheduling benchmark instance.")
public final class RosterCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--curtois",
      required = true,
      paramLabel = "FILE",
      description = "Instance file in the Curtois & Qu text format (e.g. Instance1.txt).")
  private Path instanceFile;

  @Option(
      names = "--time-limit",
      required = true,
      paramLabel = "SECONDS",
      description = "Wall-clock seconds to search (positive).")
  private double timeLimitSeconds;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Roster CSV to write: employee,day,shift.")
  private Path out;

  @Option(
      names = "--seed",
      defaultValue = "0",
      paramLabel = "SEED",
      description = "Random seed of the search (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() {
    if (!(timeLimitSeconds > 0) || timeLimitSeconds > 86_400) {
      throw new IllegalArgumentException(
          "--time-limit: expected seconds between 0 and 86400 (exclusive of 0), found "
              + timeLimitSeconds);
    }
    if (!Files.isRegularFile(instanceFile)) {
      throw new IllegalArgumentException("--curtois: no such file " + instanceFile);
    }
    CurtoisInstance instance = CurtoisReader.read(instanceFile);
    for (String contradiction : instance.contractContradictions()) {
      spec.commandLine()
          .getErr()
          .println("wfm: warning: " + instance.name() + ": " + contradiction);
    }
    Duration limit = Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
    CurtoisSolver.Result result = new CurtoisSolver(limit, seed).solve(instance);
    RosterCheck check = RosterCheck.of(result.roster());
    writeAtomically(result);
    PrintWriter console = spec.commandLine().getOut();
    console.printf(
        "instance %s: %d employees, %d days, %d shift types%n",
        instance.name(),
        instance.employees().size(),
        instance.horizonDays(),
        instance.shiftTypes().size());
    console.printf(
        "objective %d (requests %d, cover %d)%n",
        check.objective(), check.requestCost(), check.coverCost());
    result
        .lowerBound()
        .ifPresent(
            bound ->
                console.printf(
                    "lower bound %d (no roster does better; gap %.2f%%)%n",
                    (long) bound, 100.0 * (check.objective() - bound) / Math.max(1, bound)));
    console.printf(
        "search %.1f s wall, %.1f s CPU (the rest went to other processes), best found after"
            + " %.1f s, %d moves evaluated%n",
        seconds(result.wallTime()),
        seconds(result.cpuTime()),
        seconds(result.timeToBest()),
        result.scoreCalculationCount());
    console.printf("hard violations %d%n", check.hardViolations().size());
    for (HardViolation violation : check.hardViolations()) {
      console.println("  " + violation);
    }
    console.printf("roster written to %s%n", out);
    console.flush();
    return 0;
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  /** Writes through a temporary file so that a failure leaves no half-written roster. */
  private void writeAtomically(CurtoisSolver.Result result) {
    try {
      StringWriter text = new StringWriter();
      RosterCsv.write(result.roster(), text);
      Path absolute = out.toAbsolutePath();
      Path temporary = Files.createTempFile(absolute.getParent(), ".roster", ".csv");
      try {
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
