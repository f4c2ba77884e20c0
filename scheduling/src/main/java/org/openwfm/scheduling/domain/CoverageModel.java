package org.openwfm.scheduling.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requirement per queue and slot (in hundredths of an agent) and the multi-skill allocation
 * rule that turns working agents into coverage.
 *
 * <p>Allocation: in each slot a working agent counts as exactly one agent (100 hundredths), split
 * over the queues the agent qualifies for in proportion to requirement times skill level in that
 * slot (equally by level when none of them requires anyone). Shares are rounded to hundredths by
 * largest remainder so they always sum to 100: an agent is never counted twice in one interval, and
 * because the split depends only on the requirement and the agent (not on other agents), coverage
 * is a plain sum that can be updated incrementally when one shift changes.
 */
public final class CoverageModel {

  private final List<Queue> queues;
  private final int slotCount;
  private final int[][] requirement;
  private final Map<Agent, int[]> sharesByAgent = new ConcurrentHashMap<>();

  /**
   * @param requirement requirement[queue index][slot] in hundredths of an agent, >= 0
   */
  public CoverageModel(List<Queue> queues, int slotCount, int[][] requirement) {
    if (requirement.length != queues.size()) {
      throw new IllegalArgumentException("requirement needs one row per queue");
    }
    for (int q = 0; q < requirement.length; q++) {
      if (requirement[q].length != slotCount) {
        throw new IllegalArgumentException(
            "requirement of queue " + queues.get(q).id() + " needs " + slotCount + " slots");
      }
      for (int value : requirement[q]) {
        if (value < 0) {
          throw new IllegalArgumentException(
              "requirement of queue " + queues.get(q).id() + " must not be negative");
        }
      }
    }
    this.queues = List.copyOf(queues);
    this.slotCount = slotCount;
    this.requirement = requirement;
  }

  public List<Queue> queues() {
    return queues;
  }

  public int queueCount() {
    return queues.size();
  }

  public int slotCount() {
    return slotCount;
  }

  /** Requirement in hundredths of an agent, 0 outside the grid. */
  public int requirement(int queueIndex, int slot) {
    return slot < 0 || slot >= slotCount ? 0 : requirement[queueIndex][slot];
  }

  /**
   * The agent's shares of one slot in hundredths, aligned with its qualified queues; empty when
   * the agent qualifies for no queue.
   */
  public int[] allocate(Agent agent, int slot) {
    int[] queueIndexes = agent.qualifiedQueueIndexes();
    int[] levels = agent.qualifiedLevels();
    int k = queueIndexes.length;
    int[] shares = new int[k];
    if (k == 0) {
      return shares;
    }
    if (k == 1) {
      shares[0] = 100;
      return shares;
    }
    long[] weights = new long[k];
    long sum = 0;
    for (int j = 0; j < k; j++) {
      weights[j] = (long) requirement(queueIndexes[j], slot) * levels[j];
      sum += weights[j];
    }
    if (sum == 0) {
      for (int j = 0; j < k; j++) {
        weights[j] = levels[j];
        sum += weights[j];
      }
    }
    int given = 0;
    long[] remainders = new long[k];
    for (int j = 0; j < k; j++) {
      shares[j] = (int) (100 * weights[j] / sum);
      remainders[j] = 100 * weights[j] % sum;
      given += shares[j];
    }
    for (int left = 100 - given; left > 0; left--) {
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (remainders[j] > remainders[best]) {
          best = j;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
    return shares;
  }

  /**
   * All of an agent's shares over the grid, computed once per agent: entry {@code slot * k + j} is
   * the share (hundredths) of the j-th qualified queue in that slot, k the number of such queues.
   */
  public int[] sharesOverGrid(Agent agent) {
    int[] cached = sharesByAgent.get(agent);
    if (cached != null) {
      return cached;
    }
    int k = agent.qualifiedQueueIndexes().length;
    int[] shares = new int[slotCount * k];
    for (int slot = 0; slot < slotCount; slot++) {
      System.arraycopy(allocate(agent, slot), 0, shares, slot * k, k);
    }
    sharesByAgent.putIfAbsent(agent, shares);
    return shares;
  }

  /** Queue indexes matching {@link #allocate}'s shares. */
  public int[] allocationQueues(Agent agent) {
    return agent.qualifiedQueueIndexes();
  }
}
