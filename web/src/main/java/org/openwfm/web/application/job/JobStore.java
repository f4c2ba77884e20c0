package org.openwfm.web.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.domain.model.job.Job;
import org.openwfm.web.domain.model.job.JobKind;
import org.openwfm.web.domain.model.job.JobState;

/**
 * The job table. Every write is its own transaction (REQUIRES_NEW): a job's state must be committed whatever
 * the caller's transaction does, and the job thread has none.
 */
@ApplicationScoped
public class JobStore {

  static final String SERVER_STOPPED = "The server stopped while this job was running; start it again.";

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public long create(JobKind kind, String title, String user) {
    Job job = new Job(kind, title, user, now());
    em.persist(job);
    em.flush();
    return job.getId();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void start(long id) {
    find(id).ifPresent(job -> job.start(now()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void report(long id, double fraction, String message) {
    find(id).ifPresent(job -> job.report(fraction, message));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void finish(long id, JobState state, String message, String resultPath) {
    find(id).ifPresent(job -> job.finish(state, message, resultPath, now()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Job> requestCancel(long id) {
    Optional<Job> job = find(id);
    job.filter(j -> !j.getState().isFinal()).ifPresent(Job::requestCancel);
    return job;
  }

  /** Marks every job still QUEUED or RUNNING as FAILED: run at start-up, before any job is submitted. */
  @Transactional(TxType.REQUIRES_NEW)
  public int failUnfinished() {
    return em.createNamedQuery("Job.failUnfinished")
        .setParameter("message", SERVER_STOPPED)
        .setParameter("now", now())
        .executeUpdate();
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<Job> find(long id) {
    return Optional.ofNullable(em.find(Job.class, id));
  }

  @Transactional(TxType.SUPPORTS)
  public List<Job> recent(int max) {
    return em.createNamedQuery("Job.recent", Job.class).setMaxResults(max).getResultList();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
