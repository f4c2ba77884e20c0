package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.application.job.JobView;

/**
 * Job progress for pages: the include {@code /WEB-INF/includes/job-progress.xhtml} polls it; the jobs page lists
 * recent jobs. A poll that sees a job end sets {@link #isJustFinished()}, so the include can tell its page once.
 */
@Named
@RequestScoped
public class JobProgressBean {

  private static final int RECENT = 50;

  @Inject private JobService jobs;

  private final Map<Long, Optional<JobView>> views = new HashMap<>();
  private boolean justFinished;
  private List<JobView> recent;

  /** The job, read once per request; null for a null id or a job that does not exist. */
  public JobView view(Long id) {
    if (id == null) {
      return null;
    }
    return views.computeIfAbsent(id, jobs::find).orElse(null);
  }

  /** Poll listener: notes whether the job has ended by now. */
  public void poll(Long id) {
    JobView job = view(id);
    justFinished = job != null && job.done();
  }

  public boolean isJustFinished() {
    return justFinished;
  }

  /** Asks the job to stop. */
  public void cancel(Long id) {
    if (id != null) {
      jobs.cancel(id);
      views.remove(id);
    }
  }

  /** The most recent jobs, newest first. */
  public List<JobView> getRecent() {
    if (recent == null) {
      recent = jobs.recent(RECENT);
    }
    return recent;
  }

  /** Whether any recent job is still queued or running (the jobs page polls while one is). */
  public boolean isAnyRunning() {
    return getRecent().stream().anyMatch(job -> !job.done());
  }
}
