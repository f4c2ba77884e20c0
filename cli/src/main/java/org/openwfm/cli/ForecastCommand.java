package org.openwfm.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.ForecastResult;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.LongTermForecast;
import org.openwfm.forecasting.LongTermForecaster;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.EventsCsvReader;
import org.openwfm.forecasting.data.ForecastCsvWriter;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.HistoryCsvReader;
import org.openwfm.forecasting.data.LongTermCsvWriter;
import org.openwfm.forecasting.data.QueueHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wfm forecast}: reads a history CSV (and an events CSV), forecasts every open interval of
 * the {@code --horizon} days after the history's last day for each queue, and writes the forecast
 * CSV (and a back-test report, and long-term weekly and monthly totals). Output files appear only
 * when everything succeeded.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Forecast offered contacts (with an 80%% band) and AHT per queue and interval.")
public final class ForecastCommand implements Callable<Integer> {

  @Option(
      names = "--history",
      required = true,
      paramLabel = "FILE",
      description = "History CSV: queue,interval_start,offered[,handled,abandoned,aht_seconds].")
  Path history;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "Events CSV: date_from,date_to,kind,name[,queue,factor].")
  Path events;

  @Option(
      names = "--horizon",
      required = true,
      paramLabel = "DAYS",
      description = "Whole days to forecast after the last day of the history (1-400).")
  int horizonDays;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Forecast CSV to write.")
  Path out;

  @Option(
      names = "--method",
      defaultValue = "auto",
      paramLabel = "NAME",
      description = "Method: ${COMPLETION-CANDIDATES} (default auto: back-test choice).",
      completionCandidates = MethodNames.class)
  String method;

  @Option(
      names = "--level",
      defaultValue = "0.8",
      paramLabel = "P",
      description = "Central coverage of the prediction band, between 0 and 1 (default 0.8).")
  double level;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Markdown report: back-test per method, chosen method, band coverage, outliers, events.")
  Path report;

  @Option(
      names = "--time-zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      description = "Time zone of the local interval starts, e.g. Europe/Tallinn (default UTC).")
  String timeZone;

  @Option(
      names = "--long-term-out",
      paramLabel = "FILE",
      description = "Also write weekly and monthly totals (capacity planning) to this CSV.")
  Path longTermOut;

  @Option(
      names = "--long-term-months",
      defaultValue = "12",
      paramLabel = "MONTHS",
      description = "Months covered by --long-term-out, 1-24 (default 12).")
  int longTermMonths;

  @Option(
      names = "--interval-minutes",
      paramLabel = "MIN",
      description =
          "Interval length (5, 6, 10, 15, 30, 60); inferred from the history when omitted.")
  Integer intervalMinutes;

  /** The method names for the help text. */
  static final class MethodNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    MethodNames() {
      super(new Forecaster().methods());
    }
  }

  @Override
  public Integer call() throws IOException {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--time-zone: expected a time zone such as UTC or Europe/Tallinn, found '"
              + timeZone
              + "'");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "--level: expected a number between 0 and 1, found " + level);
    }
    if (horizonDays < 1 || horizonDays > 400) {
      throw new IllegalArgumentException("--horizon: expected 1 to 400 days, found " + horizonDays);
    }
    if (longTermMonths < 1 || longTermMonths > 24) {
      throw new IllegalArgumentException(
          "--long-term-months: expected 1 to 24 months, found " + longTermMonths);
    }
    Forecaster forecaster = new Forecaster();
    if (!forecaster.methods().contains(method)) {
      throw new IllegalArgumentException(
          "--method: expected one of "
              + String.join(", ", forecaster.methods())
              + ", found '"
              + method
              + "'");
    }
    HistoryCsvReader historyReader;
    try {
      historyReader =
          new HistoryCsvReader(
              zone,
              intervalMinutes == null ? OptionalInt.empty() : OptionalInt.of(intervalMinutes));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--interval-minutes: " + e.getMessage());
    }
    History parsed;
    try (Reader in = open(history, "--history")) {
      parsed = historyReader.read(in, history.toString());
    }
    List<Event> eventList = List.of();
    if (events != null) {
      try (Reader in = open(events, "--events")) {
        eventList = new EventsCsvReader().read(in, events.toString());
      }
    }
    ForecastResult result =
        forecaster.forecast(parsed, eventList, new ForecastRequest(horizonDays, method, level));

    List<LongTermForecast> longTerm = new ArrayList<>();
    if (longTermOut != null) {
      for (QueueHistory q : parsed.queues()) {
        longTerm.add(new LongTermForecaster().forecast(q, eventList, longTermMonths));
      }
    }

    Path forecastTemp = temporaryBeside(out);
    Path reportTemp = report == null ? null : temporaryBeside(report);
    Path longTermTemp = longTermOut == null ? null : temporaryBeside(longTermOut);
    try {
      try (Writer w = Files.newBufferedWriter(forecastTemp, StandardCharsets.UTF_8)) {
        new ForecastCsvWriter().write(result, w);
      }
      if (report != null) {
        try (Writer w = Files.newBufferedWriter(reportTemp, StandardCharsets.UTF_8)) {
          new ForecastReportWriter().write(result, w);
        }
      }
      if (longTermOut != null) {
        try (Writer w = Files.newBufferedWriter(longTermTemp, StandardCharsets.UTF_8)) {
          new LongTermCsvWriter().write(longTerm, w);
        }
      }
      Files.move(forecastTemp, out, StandardCopyOption.REPLACE_EXISTING);
      if (longTermOut != null) {
        Files.move(longTermTemp, longTermOut, StandardCopyOption.REPLACE_EXISTING);
      }
      if (report != null) {
        Files.move(reportTemp, report, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(forecastTemp);
      if (reportTemp != null) {
        Files.deleteIfExists(reportTemp);
      }
      if (longTermTemp != null) {
        Files.deleteIfExists(longTermTemp);
      }
    }
    long rows = result.queues().stream().mapToLong(q -> q.intervals().size()).sum();
    System.out.printf(
        "wfm forecast: %d queue(s), %d intervals, method %s -> %s%n",
        result.queues().size(),
        rows,
        String.join("/", result.queues().stream().map(q -> q.method()).distinct().toList()),
        out);
    return 0;
  }

  private static Reader open(Path file, String option) throws IOException {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(option + ": file not found: " + file);
    }
  }

  private static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("output directory does not exist: " + target);
    }
    return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
  }
}
