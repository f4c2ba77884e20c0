package org.openwfm.simulator.queueing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference tables of ../shared/data through the system property {@code wfm.sharedData}.
 */
final class SharedData {

  private SharedData() {}

  /** Rows of a CSV file under the shared data folder, each a map from column name to text. */
  static List<Map<String, String>> rows(String relativePath) {
    String root = System.getProperty("wfm.sharedData", "../../shared/data");
    Path file = Path.of(root).resolve(relativePath);
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i].trim(), cells[i].trim());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }
}
