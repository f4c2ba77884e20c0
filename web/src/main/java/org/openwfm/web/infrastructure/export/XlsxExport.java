package org.openwfm.web.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a table as an Excel workbook (.xlsx, Office Open XML SpreadsheetML) with one sheet: a bold, frozen
 * header row; numbers as numbers; dates and date-times as Excel dates with a readable format; text as inline
 * strings. Written directly (a few small XML parts in a zip) rather than through Apache POI, which would add
 * about 15 MB of libraries for this one use.
 */
public final class XlsxExport {

  /** The media type of .xlsx files. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final int STYLE_HEADER = 1;
  private static final int STYLE_DATE = 2;
  private static final int STYLE_DATE_TIME = 3;

  private XlsxExport() {}

  /** Writes the workbook; the stream is finished, not closed. */
  public static void write(Table table, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    part(zip, "[Content_Types].xml", CONTENT_TYPES);
    part(zip, "_rels/.rels", ROOT_RELS);
    part(zip, "xl/workbook.xml", workbook(sheetName(table.name())));
    part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
    part(zip, "xl/styles.xml", STYLES);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    writeSheet(table, writer);
    writer.flush();
    zip.closeEntry();
    zip.finish();
  }

  private static void writeSheet(Table table, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    w.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
        + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
    w.write("<cols>");
    for (int c = 0; c < table.columns().size(); c++) {
      int width = Math.max(10, Math.min(40, table.columns().get(c).length() + 4));
      w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + "\" customWidth=\"1\"/>");
    }
    w.write("</cols><sheetData>");
    writeRow(w, 1, List.copyOf(table.columns()), true);
    int r = 2;
    for (List<Object> row : table.rows()) {
      writeRow(w, r++, row, false);
    }
    w.write("</sheetData></worksheet>");
  }

  private static void writeRow(Writer w, int r, List<?> cells, boolean header) throws IOException {
    w.write("<row r=\"" + r + "\">");
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value == null) {
        continue;
      }
      String ref = column(c) + r;
      if (value instanceof Number number) {
        double v = number.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          continue;
        }
        w.write("<c r=\"" + ref + "\"><v>" + CsvExport.text(value) + "</v></c>");
      } else if (value instanceof Boolean bool) {
        w.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (bool ? 1 : 0) + "</v></c>");
      } else if (value instanceof LocalDateTime dateTime) {
        double serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, dateTime.toLocalDate())
            + dateTime.toLocalTime().toSecondOfDay() / 86_400.0;
        w.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE_TIME + "\"><v>" + serial + "</v></c>");
      } else if (value instanceof LocalDate date) {
        w.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE + "\"><v>"
            + ChronoUnit.DAYS.between(EXCEL_EPOCH, date) + "</v></c>");
      } else {
        String style = header ? " s=\"" + STYLE_HEADER + "\"" : "";
        w.write("<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + escape(value.toString()) + "</t></is></c>");
      }
    }
    w.write("</row>");
  }

  /** The spreadsheet column letters of a zero-based index: A, B, ..., Z, AA, ... */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** A valid sheet name: at most 31 characters, none of []:*?/\ . */
  static String sheetName(String name) {
    String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
    if (clean.isEmpty()) {
      clean = "Sheet1";
    }
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters, even escaped.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static void part(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String workbook(String sheetName) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
          + " Target=\"styles.xml\"/></Relationships>";

  // Cell styles: 0 plain, 1 bold (header), 2 date, 3 date-time.
  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "</cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
          + "</styleSheet>";
}
