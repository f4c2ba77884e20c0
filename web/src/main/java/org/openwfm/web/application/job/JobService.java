package org.openwfm.web.application.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.domain.model.job.Job;
import org.openwfm.web.domain.model.job.JobKind;
import org.openwfm.web.domain.model.job.JobState;

/**
 * Runs jobs on the server's managed executor and keeps their state in the job table. While a job runs, its
 * latest progress is also held in memory, so views are fresh even though the table is written at most about once
 * a second per job.
 */
@ApplicationScoped
public class JobService {

  private static final Logger LOG = Logger.getLogger(JobService.class.getName());
  private static final long WRITE_EVERY_NANOS = 1_000_000_000L;

  @Resource private ManagedExecutorService executor;

  @Inject private JobStore store;

  private final Map<Long, Running> running = new ConcurrentHashMap<>();

  /**
   * Persists a new job and starts it.
   *
   * @param user who started it (shown to others)
   * @return the job's id
   */
  public long submit(JobKind kind, String title, String user, JobWork work) {
    long id = store.create(kind, title, user);
    Running handle = new Running(id);
    running.put(id, handle);
    try {
      executor.submit(() -> execute(handle, work));
    } catch (RejectedExecutionException e) {
      running.remove(id);
      store.finish(id, JobState.FAILED, "The server could not start the job: " + e.getMessage(), null);
    }
    return id;
  }

  /** The job, with its latest progress. */
  public Optional<JobView> find(long id) {
    return store.find(id).map(this::view);
  }

  /** The most recent jobs, newest first. */
  public List<JobView> recent(int max) {
    return store.recent(max).stream().map(this::view).toList();
  }

  /**
   * Asks a job to stop. A job that has already ended is left as it is.
   *
   * @throws NotFoundException if there is no such job
   */
  public JobView cancel(long id) {
    store.requestCancel(id).orElseThrow(() -> new NotFoundException("job " + id));
    Running handle = running.get(id);
    if (handle != null) {
      handle.cancel();
    }
    return find(id).orElseThrow(() -> new NotFoundException("job " + id));
  }

  /** Marks jobs the previous server left unfinished as failed; called once at start-up. */
  public void failUnfinished() {
    int count = store.failUnfinished();
    if (count > 0) {
      LOG.warning(() -> count + " job(s) were unfinished when the server last stopped; marked FAILED.");
    }
  }

  private void execute(Running handle, JobWork work) {
    long id = handle.id;
    try {
      store.start(id);
      String result = work.run(handle);
      handle.flush();
      if (result == null && handle.cancelRequested()) {
        store.finish(id, JobState.CANCELLED, "Stopped on request.", null);
      } else if (handle.cancelRequested()) {
        store.finish(id, JobState.SUCCEEDED, "Stopped on request; the best result so far was kept.", result);
      } else {
        store.finish(id, JobState.SUCCEEDED, handle.lastMessage(), result);
      }
    } catch (Exception | LinkageError e) {
      if (handle.cancelRequested()) {
        store.finish(id, JobState.CANCELLED, "Stopped on request.", null);
      } else {
        LOG.log(Level.WARNING, "Job " + id + " failed", e);
        store.finish(id, JobState.FAILED, describe(e), null);
      }
    } finally {
      running.remove(id);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private JobView view(Job job) {
    double progress = job.getProgress();
    String message = job.getMessage();
    Running handle = running.get(job.getId());
    if (handle != null && !job.getState().isFinal()) {
      progress = handle.fraction;
      message = handle.message == null ? message : handle.message;
    }
    return new JobView(
        job.getId(),
        job.getKind(),
        job.getTitle(),
        job.getState(),
        progress,
        message,
        job.getResultPath(),
        job.isCancelRequested() || handle != null && handle.cancelRequested(),
        job.getCreatedBy(),
        job.getCreatedAt().toInstant(ZoneOffset.UTC),
        job.getStartedAt() == null ? null : job.getStartedAt().toInstant(ZoneOffset.UTC),
        job.getFinishedAt() == null ? null : job.getFinishedAt().toInstant(ZoneOffset.UTC));
  }

  /** The in-memory side of a running job. */
  private final class Running implements JobContext {
    private final long id;
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile double fraction;
    private volatile String message;
    private volatile long lastWrite;
    private volatile boolean dirty;

    Running(long id) {
      this.id = id;
    }

    @Override
    public long jobId() {
      return id;
    }

    @Override
    public void progress(double newFraction, String newMessage) {
      fraction = Math.max(0, Math.min(1, newFraction));
      message = newMessage;
      dirty = true;
      long now = System.nanoTime();
      if (now - lastWrite >= WRITE_EVERY_NANOS) {
        lastWrite = now;
        flush();
      }
    }

    synchronized void flush() {
      if (dirty) {
        dirty = false;
        store.report(id, fraction, message);
      }
    }

    String lastMessage() {
      return message;
    }

    @Override
    public boolean cancelRequested() {
      return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
      cancelActions.add(action);
      if (cancelled) {
        action.run();
      }
    }

    void cancel() {
      if (!cancelled) {
        cancelled = true;
        for (Runnable action : cancelActions) {
          try {
            action.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cancel action of job " + id + " failed", e);
          }
        }
      }
    }
  }
}
