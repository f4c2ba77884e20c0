package org.openwfm.web.application.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.application.ConcurrentEditException;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.domain.model.queue.Queue;
import org.openwfm.web.domain.model.requirement.QueueTarget;

/**
 * Reads and changes the queues' targets: the service level on the queue and the rest in queue_target, both
 * under optimistic locking. A queue without a queue_target row has no targets beyond its service level
 * ({@code version} 0); the first save creates the row.
 */
@ApplicationScoped
@Transactional
public class TargetService {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /** Every queue's targets, by queue code. */
  public List<QueueTargets> list() {
    Map<Long, QueueTarget> targets = new HashMap<>();
    for (QueueTarget target : em.createNamedQuery("QueueTarget.findAll", QueueTarget.class).getResultList()) {
      targets.put(target.getQueueId(), target);
    }
    return em.createNamedQuery("Queue.findAll", Queue.class).getResultList().stream()
        .map(queue -> of(queue, targets.get(queue.getId())))
        .toList();
  }

  /** One queue's targets. */
  public Optional<QueueTargets> find(String code) {
    return queue(code).map(queue -> of(queue, em.find(QueueTarget.class, queue.getId())));
  }

  /**
   * Replaces a queue's targets, provided nobody saved the queue or its targets since they were read.
   *
   * @throws InvalidTargetsException naming every bad field; nothing was saved
   * @throws ConcurrentEditException when the queue or its targets changed since {@code edit}'s versions
   * @throws NotFoundException when there is no such queue
   */
  public QueueTargets update(String code, TargetEdit edit) {
    if (edit == null) {
      throw new IllegalArgumentException("A JSON body with version, queueVersion, serviceLevelTarget,"
          + " serviceLevelThresholdSeconds and the optional targets is required.");
    }
    Queue queue = queue(code).orElseThrow(() -> new NotFoundException("No queue with code '" + code + "'."));
    List<FieldProblem> problems = TargetValidation.problems(queue.getChannel(), edit);
    if (!problems.isEmpty()) {
      throw new InvalidTargetsException(code, problems);
    }
    QueueTarget target = em.find(QueueTarget.class, queue.getId());
    long current = target == null ? 0 : target.getVersion();
    if (queue.getVersion() != edit.queueVersion() || current != edit.version()) {
      throw new ConcurrentEditException("The targets of queue " + code);
    }
    if (target == null) {
      target = new QueueTarget(queue.getId());
      em.persist(target);
    }
    queue.changeServiceLevelTarget(edit.serviceLevelTarget(), edit.serviceLevelThresholdSeconds());
    target.change(edit.asaSeconds(), edit.maxAbandonRate(), edit.maxOccupancy(), edit.patienceSeconds(),
        edit.concurrency(), edit.deadlineMinutes(), edit.shrinkage());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // Two first saves of the same queue at once: the second insert meets the first one's row.
      throw new ConcurrentEditException("The targets of queue " + code);
    }
    return of(queue, target);
  }

  private Optional<Queue> queue(String code) {
    return em.createNamedQuery("Queue.findByCode", Queue.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  static QueueTargets of(Queue queue, QueueTarget target) {
    return new QueueTargets(
        queue.getCode(),
        queue.getName(),
        queue.getChannel().name(),
        queue.getTimeZone().getId(),
        queue.getServiceLevelTarget(),
        queue.getServiceLevelThresholdSeconds(),
        target == null ? null : target.getAsaSeconds(),
        target == null ? null : target.getMaxAbandonRate(),
        target == null ? null : target.getMaxOccupancy(),
        target == null ? null : target.getPatienceSeconds(),
        target == null ? null : target.getConcurrency(),
        target == null ? null : target.getDeadlineMinutes(),
        target == null ? null : target.getShrinkage(),
        target == null ? 0 : target.getVersion(),
        queue.getVersion());
  }
}
