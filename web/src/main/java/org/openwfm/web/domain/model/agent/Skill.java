package org.openwfm.web.domain.model.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.openwfm.web.domain.model.queue.Queue;

/** An agent's skill: a queue the agent may serve and how well (level 1 = novice to 5 = expert). */
@Embeddable
public class Skill {

  /** Lowest and highest skill level. */
  public static final int MIN_LEVEL = 1;

  public static final int MAX_LEVEL = 5;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "queue_id")
  private Queue queue;

  @Column(name = "skill_level", nullable = false)
  private int level;

  protected Skill() {}

  public Skill(Queue queue, int level) {
    this.queue = Objects.requireNonNull(queue, "Skill queue is required.");
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException(
          "Skill level must be " + MIN_LEVEL + " to " + MAX_LEVEL + ", was " + level + ".");
    }
    this.level = level;
  }

  public Queue getQueue() {
    return queue;
  }

  public int getLevel() {
    return level;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Skill other && Objects.equals(queue.getCode(), other.queue.getCode());
  }

  @Override
  public int hashCode() {
    return queue.getCode().hashCode();
  }
}
