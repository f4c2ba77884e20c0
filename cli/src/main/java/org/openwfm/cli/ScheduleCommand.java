package org.openwfm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.io.ProblemDocument;
import org.openwfm.scheduling.io.ProblemReader;
import org.openwfm.scheduling.io.ScheduleCsvReader;
import org.openwfm.scheduling.io.ScheduleCsvWriter;
import org.openwfm.scheduling.solver.CoverageReport;
import org.openwfm.scheduling.solver.ScheduleExplainer;
import org.openwfm.scheduling.solver.ScheduleExplanation;
import org.openwfm.scheduling.solver.ScheduleSolver;
import org.openwfm.scheduling.solver.SolveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wfm schedule}: reads a contact-centre problem (JSON, docs/scheduling.md), solves it and
 * writes the schedule CSV ({@code agent,start,end,activity,location}); prints the score, the
 * coverage and the broken hard rules, and optionally writes the score explanation as JSON.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Build shifts for a contact-centre problem (OptaPlanner) and write a schedule CSV.")
public final class ScheduleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--problem", required = true, description = "Problem JSON file.")
  private Path problem;

  @Option(names = "--time-limit", required = true, description = "Solver time limit in seconds.")
  private long timeLimitSeconds;

  @Option(names = "--out", required = true, description = "Schedule CSV to write.")
  private Path out;

  @Option(
      names = "--unimproved-limit",
      description = "Stop after this many seconds without improvement (default: a fifth of the limit).")
  private Long unimprovedSeconds;

  @Option(
      names = "--threads",
      defaultValue = "NONE",
      description = "Move threads: NONE, AUTO or a number (default ${DEFAULT-VALUE}).")
  private String threads;

  @Option(names = "--seed", description = "Random seed for a repeatable single-threaded run.")
  private Long seed;

  @Option(names = "--explain", description = "Also write the score explanation as JSON here.")
  private Path explain;

  @Option(
      names = "--previous",
      description = "A schedule CSV from an earlier run: re-solve with few changes from it.")
  private Path previous;

  @Option(
      names = "--published-until",
      description = "With --previous: days up to this date (yyyy-MM-dd) are published and kept.")
  private LocalDate publishedUntil;

  @Override
  public Integer call() throws IOException {
    if (timeLimitSeconds <= 0) {
      throw new ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds");
    }
    if (unimprovedSeconds != null && unimprovedSeconds <= 0) {
      throw new ParameterException(spec.commandLine(), "--unimproved-limit must be positive");
    }
    ProblemDocument doc;
    try (Reader reader = Files.newBufferedReader(problem, StandardCharsets.UTF_8)) {
      doc = ProblemReader.parse(reader, problem.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(problem + ": no such file");
    }
    if (previous != null) {
      doc = withPrevious(doc);
    } else if (publishedUntil != null) {
      throw new ParameterException(spec.commandLine(), "--published-until needs --previous");
    }
    Schedule schedule = ProblemReader.toSchedule(doc, problem.toString());
    SolveOptions options = SolveOptions.of(Duration.ofSeconds(timeLimitSeconds));
    if (unimprovedSeconds != null) {
      options = options.withUnimprovedLimit(Duration.ofSeconds(unimprovedSeconds));
    }
    try {
      options = options.withMoveThreads(threads);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--threads: " + e.getMessage());
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    ScheduleSolver.Result result = ScheduleSolver.solve(schedule, options);
    writeAtomically(out, writer -> ScheduleCsvWriter.write(schedule, writer));
    ScheduleExplanation explanation = ScheduleExplainer.explain(schedule);
    CoverageReport coverage = CoverageReport.of(schedule);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "score %s (%s) in %.1f s, %,d score calculations per second%n",
        explanation.score(),
        explanation.feasible() ? "feasible" : "INFEASIBLE",
        result.millis() / 1000.0,
        result.scoreCalculationSpeed());
    stdout.printf(
        Locale.ROOT,
        "coverage: required %.1f agent-hours, short %.1f (%.2f%%), over %.1f, largest gap %.2f agents%n",
        coverage.requiredAgentHours(),
        coverage.shortAgentHours(),
        100 * (1 - coverage.coveredShare()),
        coverage.overAgentHours(),
        coverage.maxShortfallAgents());
    for (ScheduleExplanation.RuleCost rule : explanation.rules()) {
      stdout.printf(
          Locale.ROOT, "  %-36s %6d matches  %dhard/%dsoft%n",
          rule.rule(), rule.matches(), rule.hard(), rule.soft());
    }
    List<String> hard = explanation.hardViolations();
    stdout.printf("hard violations: %d%n", hard.size());
    hard.stream().limit(50).forEach(line -> stdout.println("  " + line));
    if (hard.size() > 50) {
      stdout.printf("  ... and %d more%n", hard.size() - 50);
    }
    if (explain != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      writeAtomically(explain, writer -> mapper.writeValue(writer, explanation));
    }
    stdout.flush();
    return 0;
  }

  /** The problem with the earlier schedule from --previous as its reference (and pinned days). */
  private ProblemDocument withPrevious(ProblemDocument doc) throws IOException {
    Map<String, String> siteZones = new HashMap<>();
    if (doc.sites() != null) {
      doc.sites().forEach(site -> siteZones.put(site.id(), site.timeZone()));
    }
    Map<String, String> agentZones = new LinkedHashMap<>();
    if (doc.agents() != null) {
      for (ProblemDocument.AgentDoc agent : doc.agents()) {
        String zone = agent.timeZone() != null ? agent.timeZone() : siteZones.get(agent.site());
        if (agent.id() != null && zone != null) {
          agentZones.put(agent.id(), zone);
        }
      }
    }
    LocalDate start;
    try {
      start = LocalDate.parse(doc.start());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(problem + ": start: expected a date yyyy-MM-dd");
    }
    int weeks = doc.weeks() == null ? 0 : doc.weeks();
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d < weeks * 7; d++) {
      dates.add(start.plusDays(d));
    }
    LocalDate pinnedUntil = publishedUntil == null ? start.minusDays(1) : publishedUntil;
    List<ProblemDocument.PlannedDayDoc> days;
    try (Reader reader = Files.newBufferedReader(previous, StandardCharsets.UTF_8)) {
      days = ScheduleCsvReader.read(reader, previous.toString(), agentZones, dates, pinnedUntil);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(previous + ": no such file");
    }
    return new ProblemDocument(
        doc.name(), doc.start(), doc.weeks(), doc.timeZone(), doc.rules(), doc.weights(),
        doc.queues(), doc.sites(), doc.contracts(), doc.agents(), doc.requirements(), days);
  }

  private interface WriterAction {
    void write(Writer writer) throws IOException;
  }

  /** Writes to a temporary file beside the target and moves it in place: nothing half-written. */
  private static void writeAtomically(Path target, WriterAction action) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(target + ": directory does not exist");
    }
    Path temp = Files.createTempFile(dir, ".wfm-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        action.write(writer);
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
