package org.openwfm.web.infrastructure.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Writes the demo centre's {@code history.csv} and {@code events.csv} to a folder, for use as
 * forecasting input and in import tests. Each file is written to a temporary file first and then
 * moved into place, so a failure leaves no half-written file.
 *
 * <p>From the repository root, after {@code mvn -q -o -pl web -am package}:
 *
 * <pre>
 * java -cp web/target/classes org.openwfm.web.infrastructure.demo.DemoDataExport \
 *     target/demo [seed] [last-history-day]
 * </pre>
 *
 * <p>The seed defaults to {@link DemoCentreGenerator#DEFAULT_SEED}, the last history day to
 * yesterday (UTC); give both for reproducible files.
 */
public final class DemoDataExport {

  /** File name of the history CSV in the target folder. */
  public static final String HISTORY_FILE = "history.csv";

  /** File name of the events CSV in the target folder. */
  public static final String EVENTS_FILE = "events.csv";

  private DemoDataExport() {}

  /** Command-line entry: {@code <folder> [seed] [last-history-day]}; exit code 2 on bad input. */
  public static void main(String[] args) {
    try {
      Summary summary = run(args);
      System.out.println(summary);
    } catch (IllegalArgumentException e) {
      System.err.println("demo-export: " + e.getMessage());
      System.exit(2);
    } catch (UncheckedIOException e) {
      System.err.println("demo-export: " + e.getCause().getMessage());
      System.exit(1);
    }
  }

  /** What was written. */
  public record Summary(
      Path folder, long seed, LocalDate lastHistoryDay, long historyRows, long eventRows) {
    @Override
    public String toString() {
      return "wrote "
          + historyRows
          + " history rows and "
          + eventRows
          + " event rows to "
          + folder
          + " (seed "
          + seed
          + ", history to "
          + lastHistoryDay
          + ")";
    }
  }

  /**
   * Parses the arguments and writes the files.
   *
   * @throws IllegalArgumentException naming the argument that is wrong
   * @throws UncheckedIOException if the files cannot be written
   */
  public static Summary run(String... args) {
    if (args.length < 1 || args.length > 3) {
      throw new IllegalArgumentException(
          "expected arguments <folder> [seed] [last-history-day], got " + args.length);
    }
    Path folder = Path.of(args[0]);
    long seed = DemoCentreGenerator.DEFAULT_SEED;
    if (args.length >= 2) {
      try {
        seed = Long.parseLong(args[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "argument seed: expected a whole number, got '" + args[1] + "'");
      }
    }
    LocalDate lastHistoryDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    if (args.length == 3) {
      try {
        lastHistoryDay = LocalDate.parse(args[2]);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "argument last-history-day: expected a date like 2026-10-31, got '" + args[2] + "'");
      }
    }
    return write(folder, seed, lastHistoryDay);
  }

  /**
   * Generates the centre and writes both files into the folder (created if missing).
   *
   * @throws UncheckedIOException if the files cannot be written
   */
  public static Summary write(Path folder, long seed, LocalDate lastHistoryDay) {
    DemoCentre centre = DemoCentreGenerator.generate(seed, lastHistoryDay);
    try {
      Files.createDirectories(folder);
      long historyRows = writeAtomically(folder.resolve(HISTORY_FILE), centre, true);
      long eventRows = writeAtomically(folder.resolve(EVENTS_FILE), centre, false);
      return new Summary(folder, seed, lastHistoryDay, historyRows, eventRows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo data to " + folder + ": " + e, e);
    }
  }

  private static long writeAtomically(Path target, DemoCentre centre, boolean history)
      throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    try {
      long rows;
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        rows =
            history
                ? DemoCsvWriter.writeHistory(centre, out)
                : DemoCsvWriter.writeEvents(centre, out);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Temporary files are private; the export is meant to be shared.
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return rows;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
