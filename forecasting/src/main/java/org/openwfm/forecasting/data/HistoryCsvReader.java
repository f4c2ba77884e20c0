package org.openwfm.forecasting.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the history CSV layout: a header row and columns by name {@code queue}, {@code
 * interval_start} (ISO-8601 local date-time in the queue's time zone), {@code offered} (contacts,
 * decimals allowed) and optional {@code handled}, {@code abandoned}, {@code aht_seconds} (seconds).
 * Other columns are ignored.
 *
 * <p>The interval length is given or inferred as the longest of 5, 6, 10, 15, 30, 60 minutes that
 * divides every start's minute of the day. Intervals absent from the file stay absent (closed or
 * missing), never zero. In the repeated hour of the autumn daylight-saving change the two intervals
 * with the same local start are averaged, so the grid holds one typical interval per slot. Rows at
 * local times inside the spring gap are kept on their wall-clock slot (exports that ignore daylight
 * saving write them); the forecast leaves out local times that do not exist.
 *
 * <p>Any problem throws an {@link InputFormatException} naming the file, line, field and what was
 * expected; nothing is returned then.
 */
public final class HistoryCsvReader {
  private static final int[] INTERVALS = {60, 30, 15, 10, 6, 5};

  private final ZoneId zone;
  private final OptionalInt intervalMinutes;

  /**
   * @param zone the time zone of the queues' local times
   * @param intervalMinutes the interval length when known; empty to infer it per queue
   */
  public HistoryCsvReader(ZoneId zone, OptionalInt intervalMinutes) {
    this.zone = zone;
    this.intervalMinutes = intervalMinutes;
    intervalMinutes.ifPresent(
        m -> {
          if (Arrays.stream(INTERVALS).noneMatch(i -> i == m)) {
            throw new IllegalArgumentException(
                "interval minutes must be one of 5, 6, 10, 15, 30, 60, got " + m);
          }
        });
  }

  /** A reader in UTC that infers the interval length. */
  public HistoryCsvReader() {
    this(ZoneId.of("UTC"), OptionalInt.empty());
  }

  private record Row(long line, LocalDateTime start, double offered, double handled, double aht) {}

  /**
   * Reads a whole history file.
   *
   * @param source the CSV text
   * @param fileName the name used in error messages
   */
  public History read(Reader source, String fileName) {
    try (BufferedReader in = new BufferedReader(source)) {
      return read(in, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName, e);
    }
  }

  private History read(BufferedReader in, String file) throws IOException {
    String header = in.readLine();
    if (header == null || header.isBlank()) {
      throw new InputFormatException(file, "empty file, expected a header row");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> names = CsvLine.split(header);
    int queueCol = column(names, "queue", file, true);
    int startCol = column(names, "interval_start", file, true);
    int offeredCol = column(names, "offered", file, true);
    int handledCol = column(names, "handled", file, false);
    int abandonedCol = column(names, "abandoned", file, false);
    int ahtCol = column(names, "aht_seconds", file, false);

    Map<String, List<Row>> rows = new LinkedHashMap<>();
    String text;
    long line = 1;
    while ((text = in.readLine()) != null) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      List<String> f = CsvLine.split(text);
      if (f.size() < names.size()) {
        throw new InputFormatException(
            file, line, names.get(f.size()), "missing, expected " + names.size() + " fields");
      }
      String queue = f.get(queueCol);
      if (queue.isEmpty()) {
        throw new InputFormatException(file, line, "queue", "expected a queue name, found nothing");
      }
      LocalDateTime start = parseStart(f.get(startCol), file, line);
      double offered = number(f.get(offeredCol), file, line, "offered", false);
      double handled =
          handledCol < 0 ? Double.NaN : number(f.get(handledCol), file, line, "handled", true);
      if (abandonedCol >= 0) {
        number(f.get(abandonedCol), file, line, "abandoned", true);
      }
      double aht = ahtCol < 0 ? Double.NaN : number(f.get(ahtCol), file, line, "aht_seconds", true);
      rows.computeIfAbsent(queue, q -> new ArrayList<>())
          .add(new Row(line, start, offered, handled, aht));
    }
    if (rows.isEmpty()) {
      throw new InputFormatException(file, "no data rows after the header");
    }
    List<QueueHistory> queues = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
      queues.add(toQueue(e.getKey(), e.getValue(), file, handledCol >= 0, ahtCol >= 0));
    }
    return new History(queues);
  }

  private QueueHistory toQueue(
      String queue, List<Row> rows, String file, boolean hasHandled, boolean hasAht) {
    int minutes = intervalMinutes.orElseGet(() -> inferInterval(rows));
    for (Row r : rows) {
      int minuteOfDay = r.start.getHour() * 60 + r.start.getMinute();
      if (minuteOfDay % minutes != 0 || r.start.getSecond() != 0 || r.start.getNano() != 0) {
        throw new InputFormatException(
            file,
            r.line,
            "interval_start",
            "expected a start on the "
                + minutes
                + "-minute grid of queue "
                + queue
                + ", found "
                + r.start);
      }
    }
    LocalDate first = rows.stream().map(r -> r.start.toLocalDate()).min(LocalDate::compareTo).get();
    LocalDate last = rows.stream().map(r -> r.start.toLocalDate()).max(LocalDate::compareTo).get();
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    int slots = 1440 / minutes;
    double[][] offered = nanGrid(days, slots);
    double[][] handled = nanGrid(days, slots);
    double[][] aht = nanGrid(days, slots);
    int[][] count = new int[days][slots];
    Map<LocalDateTime, Long> firstLine = new HashMap<>();
    for (Row r : rows) {
      int d = (int) ChronoUnit.DAYS.between(first, r.start.toLocalDate());
      int s = (r.start.getHour() * 60 + r.start.getMinute()) / minutes;
      Long earlier = firstLine.putIfAbsent(r.start, r.line);
      int allowed = Math.max(1, zone.getRules().getValidOffsets(r.start).size());
      if (earlier != null && count[d][s] >= allowed) {
        throw new InputFormatException(
            file,
            r.line,
            "interval_start",
            "expected each interval once per queue, found "
                + r.start
                + " of queue "
                + queue
                + " again (first on line "
                + earlier
                + ")");
      }
      int n = count[d][s]++;
      offered[d][s] = n == 0 ? r.offered : (offered[d][s] * n + r.offered) / (n + 1);
      if (!Double.isNaN(r.handled)) {
        handled[d][s] =
            n == 0 || Double.isNaN(handled[d][s])
                ? r.handled
                : (handled[d][s] * n + r.handled) / (n + 1);
      }
      if (!Double.isNaN(r.aht)) {
        aht[d][s] = n == 0 || Double.isNaN(aht[d][s]) ? r.aht : (aht[d][s] * n + r.aht) / (n + 1);
      }
    }
    return new QueueHistory(
        queue,
        zone,
        new DayGrid(first, minutes, offered),
        hasHandled ? Optional.of(new DayGrid(first, minutes, handled)) : Optional.empty(),
        hasAht ? Optional.of(new DayGrid(first, minutes, aht)) : Optional.empty());
  }

  private static int inferInterval(List<Row> rows) {
    for (int candidate : INTERVALS) {
      boolean fits = true;
      for (Row r : rows) {
        if ((r.start.getHour() * 60 + r.start.getMinute()) % candidate != 0) {
          fits = false;
          break;
        }
      }
      if (fits) {
        return candidate;
      }
    }
    return 5; // the grid check in toQueue then names the first line off the 5-minute grid
  }

  private static double[][] nanGrid(int days, int slots) {
    double[][] g = new double[days][slots];
    for (double[] row : g) {
      Arrays.fill(row, Double.NaN);
    }
    return g;
  }

  private static int column(List<String> names, String name, String file, boolean required) {
    int i = names.indexOf(name);
    if (i < 0 && required) {
      throw new InputFormatException(
          file, 1, name, "missing column, expected a header with queue,interval_start,offered");
    }
    return i;
  }

  private static LocalDateTime parseStart(String text, String file, long line) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InputFormatException(
          file,
          line,
          "interval_start",
          "expected an ISO-8601 local date-time like 2026-02-14T09:15, found '" + text + "'");
    }
  }

  static double number(String text, String file, long line, String field, boolean optional) {
    if (text.isEmpty()) {
      if (optional) {
        return Double.NaN;
      }
      throw new InputFormatException(file, line, field, "expected a number >= 0, found nothing");
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InputFormatException(
          file, line, field, "expected a number >= 0, found '" + text + "'");
    }
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new InputFormatException(
          file, line, field, "expected a number >= 0, found '" + text + "'");
    }
    return v;
  }
}
