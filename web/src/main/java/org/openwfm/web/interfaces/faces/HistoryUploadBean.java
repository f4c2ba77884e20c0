package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openwfm.web.application.OverviewService;
import org.openwfm.web.application.history.HistoryImportService;
import org.openwfm.web.application.history.ImportProblem;
import org.openwfm.web.application.history.ImportRejectedException;
import org.openwfm.web.application.history.ImportSummary;
import org.primefaces.model.file.UploadedFile;

/** The history page: upload a History CSV file and see either what was imported or every problem found. */
@Named
@RequestScoped
public class HistoryUploadBean {

  @Inject private HistoryImportService importer;
  @Inject private OverviewService overview;

  private UploadedFile file;
  private ImportSummary summary;
  private List<ImportProblem> problems = List.of();

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error(Messages.text("history.noFile"));
      return;
    }
    try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      summary = importer.importCsv(file.getFileName(), reader);
      Messages.info("history.imported", summary.intervals(), summary.replaced());
    } catch (ImportRejectedException rejected) {
      problems = rejected.problems();
      Messages.error(Messages.text("history.rejected", rejected.file(), problems.size()));
    }
  }

  public List<OverviewService.QueueHistory> getHistoryByQueue() {
    return overview.historyByQueue();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportSummary getSummary() {
    return summary;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
