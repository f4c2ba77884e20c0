package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.domain.model.queue.Queue;

/** Lists queues and changes their name and service-level target. */
@ApplicationScoped
@Transactional
public class QueueService {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  public List<QueueSummary> list() {
    return em.createNamedQuery("Queue.findAll", Queue.class).getResultList().stream()
        .map(QueueSummary::of)
        .toList();
  }

  public Optional<QueueSummary> find(String code) {
    return findEntity(code).map(QueueSummary::of);
  }

  /**
   * Renames a queue and sets its service-level target, provided nobody saved it since {@code expectedVersion}.
   *
   * @throws ConcurrentEditException when the queue changed since it was read
   * @throws IllegalArgumentException when a value is out of range (the message says which and why)
   */
  public QueueSummary update(
      String code, long expectedVersion, String name, double serviceLevelTarget, int thresholdSeconds) {
    Queue queue = findEntity(code).orElseThrow(() -> new NotFoundException("No queue with code '" + code + "'."));
    if (queue.getVersion() != expectedVersion) {
      throw new ConcurrentEditException("Queue " + code);
    }
    queue.rename(name);
    queue.changeServiceLevelTarget(serviceLevelTarget, thresholdSeconds);
    em.flush();
    return QueueSummary.of(queue);
  }

  Optional<Queue> findEntity(String code) {
    return em.createNamedQuery("Queue.findByCode", Queue.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
