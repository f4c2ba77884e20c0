package org.openwfm.web.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.openwfm.web.infrastructure.export.CsvExport;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.infrastructure.export.XlsxExport;

/**
 * Answers a list of rows as JSON, or as a CSV or XLSX download, by the {@code format} query parameter or, without
 * it, by the request's Accept header.
 */
final class Downloads {

  private Downloads() {}

  static <T> Response respond(String format, HttpHeaders headers, List<T> rows, Supplier<Table> table) {
    String kind = format == null || format.isBlank() ? accepted(headers) : format.strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "json" -> Response.ok(rows, MediaType.APPLICATION_JSON).build();
      case "csv" -> {
        Table csv = table.get();
        StreamingOutput body = out -> CsvExport.write(csv, out);
        yield Response.ok(body, "text/csv; charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"" + csv.fileName("csv") + "\"")
            .build();
      }
      case "xlsx" -> {
        Table xlsx = table.get();
        StreamingOutput body = out -> XlsxExport.write(xlsx, out);
        yield Response.ok(body, XlsxExport.MEDIA_TYPE)
            .header("Content-Disposition", "attachment; filename=\"" + xlsx.fileName("xlsx") + "\"")
            .build();
      }
      default -> throw new IllegalArgumentException("format: expected json, csv or xlsx, got '" + format + "'.");
    };
  }

  /** The first of JSON, CSV and XLSX the client accepts, in its order of preference; JSON by default. */
  private static String accepted(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.valueOf("text/csv")) && !type.isWildcardType()) {
        return "csv";
      }
      if (type.isCompatible(MediaType.valueOf(XlsxExport.MEDIA_TYPE)) && !type.isWildcardType()) {
        return "xlsx";
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return "json";
      }
    }
    return "json";
  }
}
