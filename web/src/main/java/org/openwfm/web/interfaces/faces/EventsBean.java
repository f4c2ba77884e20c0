package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.application.calendar.EventImportService;
import org.openwfm.web.application.calendar.EventImportSummary;
import org.openwfm.web.application.calendar.EventSummary;
import org.openwfm.web.application.history.ImportProblem;
import org.openwfm.web.application.history.ImportRejectedException;
import org.primefaces.model.file.UploadedFile;

/**
 * The events page: upload an Events CSV file and see what was imported or every problem found, and the calendar
 * from a year back to a year ahead.
 */
@Named
@RequestScoped
public class EventsBean {

  @Inject private EventImportService importer;

  private UploadedFile file;
  private EventImportSummary summary;
  private List<ImportProblem> problems = List.of();
  private List<EventSummary> events;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error(Messages.text("history.noFile"));
      return;
    }
    try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      summary = importer.importCsv(file.getFileName(), reader);
      events = null;
      Messages.info("forecast.eventsImported", summary.events(), summary.replaced());
    } catch (ImportRejectedException rejected) {
      problems = rejected.problems();
      Messages.error(Messages.text("history.rejected", rejected.file(), problems.size()));
    }
  }

  /** The events from a year back to a year ahead. */
  public List<EventSummary> getEvents() {
    if (events == null) {
      LocalDate today = LocalDate.now();
      events = importer.list(today.minusYears(1), today.plusYears(1), Optional.empty());
    }
    return events;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public EventImportSummary getSummary() {
    return summary;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
