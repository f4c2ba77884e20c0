package org.openwfm.web.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportTest {

  private static final Table TABLE =
      new Table(
          "forecast 12: voice/et",
          List.of("queue", "interval_start", "offered", "day", "note", "pinned"),
          List.of(
              Arrays.asList("voice-et", LocalDateTime.of(2026, 2, 14, 9, 15), 12.5, LocalDate.of(2026, 2, 14),
                  "Valentine's, \"promo\"", true),
              Arrays.asList("chat-ru", LocalDateTime.of(2026, 2, 14, 23, 45), 3.0, null, "a < b & c", false)));

  @Test
  void csvQuotesWhatNeedsQuotingAndWritesIsoTimes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.write(TABLE, out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
    assertEquals("queue,interval_start,offered,day,note,pinned", lines[0]);
    assertEquals("voice-et,2026-02-14T09:15,12.5,2026-02-14,\"Valentine's, \"\"promo\"\"\",true", lines[1]);
    assertEquals("chat-ru,2026-02-14T23:45,3,,a < b & c,false", lines[2]);
    assertEquals(3, lines.length);
  }

  @Test
  void xlsxIsReadableByPoiWithTypedCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxExport.write(TABLE, out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("forecast 12- voice-et", sheet.getSheetName());
      Row header = sheet.getRow(0);
      assertEquals("interval_start", header.getCell(1).getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
      Row first = sheet.getRow(1);
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
      assertEquals(12.5, first.getCell(2).getNumericCellValue(), 0);
      assertTrue(DateUtil.isCellDateFormatted(first.getCell(1)));
      assertEquals(LocalDateTime.of(2026, 2, 14, 9, 15), first.getCell(1).getLocalDateTimeCellValue());
      assertEquals(LocalDate.of(2026, 2, 14), first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
      assertEquals("Valentine's, \"promo\"", first.getCell(4).getStringCellValue());
      assertTrue(first.getCell(5).getBooleanCellValue());
      Row second = sheet.getRow(2);
      assertEquals(LocalDateTime.of(2026, 2, 14, 23, 45), second.getCell(1).getLocalDateTimeCellValue());
      assertEquals(null, second.getCell(3));
      assertEquals("a < b & c", second.getCell(4).getStringCellValue());
      assertFalse(second.getCell(5).getBooleanCellValue());
      assertEquals(2, sheet.getLastRowNum());
    }
  }

  @Test
  void columnLettersGoPastZ() {
    assertEquals("A", XlsxExport.column(0));
    assertEquals("Z", XlsxExport.column(25));
    assertEquals("AA", XlsxExport.column(26));
    assertEquals("AZ", XlsxExport.column(51));
    assertEquals("BA", XlsxExport.column(52));
  }

  @Test
  void rowsMustMatchTheColumnsAndFileNamesAreSafe() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of("a", "b"), List.of(List.of(1))));
    assertEquals("row 1 has 1 cells for 2 columns", e.getMessage());
    assertEquals("forecast-12-voice-et.xlsx", TABLE.fileName("xlsx"));
  }
}
