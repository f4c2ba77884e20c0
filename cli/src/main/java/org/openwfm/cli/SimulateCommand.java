package org.openwfm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.openwfm.simulator.des.ReportJson;
import org.openwfm.simulator.des.Simulator;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wfm simulate}: runs replications of a scenario file and writes the estimates as JSON (to a
 * file, or standard output). A given seed gives the same output whatever the number of threads.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Simulate a scenario (JSON, see docs/simulation.md) and write estimates with 95%% "
            + "confidence intervals as JSON.")
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--scenario", required = true, description = "Scenario JSON file.")
  Path scenario;

  @Option(
      names = "--replications",
      defaultValue = "1000",
      description = "Independent replications (default ${DEFAULT-VALUE}).")
  int replications;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Base seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  Path out;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--intervals", description = "Also estimate every interval.")
  boolean intervals;

  @Option(
      names = "--compare",
      description =
          "A variant scenario to compare on common random numbers: the output holds base, variant"
              + " and difference (variant minus base, paired by replication).")
  Path compare;

  @Override
  public Integer call() {
    if (replications < 1) {
      throw new IllegalArgumentException(
          "--replications: expected an integer >= 1, got " + replications);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new IllegalArgumentException("--threads: expected an integer >= 1, got " + workers);
    }
    Scenario model = load(scenario, "--scenario");
    String text;
    if (compare == null) {
      text = ReportJson.write(new Simulator(model, intervals).run(replications, seed, workers));
    } else {
      Scenario variant = load(compare, "--compare");
      text =
          ReportJson.write(
              Simulator.compare(model, variant, intervals, replications, seed, workers));
    }
    if (out == null) {
      System.out.print(text);
    } else {
      writeAtomically(out, text);
    }
    return 0;
  }

  private static Scenario load(Path file, String option) {
    String json = readText(file, option);
    Path base = file.toAbsolutePath().getParent();
    ScenarioReader reader = new ScenarioReader(name -> readFile(base.resolve(name)));
    return reader.read(json, file.getFileName().toString());
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("file not found: " + path);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
    }
  }

  private static String readText(Path path, String what) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(what + ": file not found: " + path);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + ": cannot read " + path + ": " + e.getMessage());
    }
  }

  /** Writes to a temporary file first, so a failure leaves nothing half-written. */
  private static void writeAtomically(Path target, String text) {
    try {
      Path absolute = target.toAbsolutePath();
      Path temporary = Files.createTempFile(absolute.getParent(), ".simulate", ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalArgumentException("--out: cannot write " + target + ": " + e.getMessage());
    }
  }
}
