package org.openwfm.web.infrastructure.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: a name (the sheet name and the base of the file name), column names, and rows whose cells
 * are numbers, text, booleans, dates, date-times or null (empty). Every row has one cell per column.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  public Table {
    Objects.requireNonNull(name);
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = rows.get(i);
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** A safe file name for the table with the given extension, e.g. {@code forecast-12.csv}. */
  public String fileName(String extension) {
    String base = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "export" : base) + "." + extension;
  }
}
