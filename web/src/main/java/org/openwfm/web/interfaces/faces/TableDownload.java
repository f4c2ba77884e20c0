package org.openwfm.web.interfaces.faces;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.openwfm.web.infrastructure.export.CsvExport;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.infrastructure.export.XlsxExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A table as a file download for PrimeFaces' {@code p:fileDownload}: CSV or Excel. */
final class TableDownload {

  private interface Writer {
    void write(Table table, OutputStream out) throws IOException;
  }

  private TableDownload() {}

  /** The table as a UTF-8 CSV file. */
  static StreamedContent csv(Table table) {
    return download(table, "csv", "text/csv; charset=UTF-8", CsvExport::write);
  }

  /** The table as an Excel workbook. */
  static StreamedContent xlsx(Table table) {
    return download(table, "xlsx", XlsxExport.MEDIA_TYPE, XlsxExport::write);
  }

  private static StreamedContent download(Table table, String extension, String type, Writer writer) {
    return DefaultStreamedContent.builder()
        .name(table.fileName(extension))
        .contentType(type)
        .writer(out -> {
          try {
            writer.write(table, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .build();
  }
}
