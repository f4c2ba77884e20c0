package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventListTest {

  @Test
  void popsEventsInTimeOrderAndEqualTimesFirstInFirstOut() {
    EventList list = new EventList();
    list.schedule(5, 1, 0, "late");
    list.schedule(1, 1, 1, "a");
    list.schedule(1, 1, 2, "b");
    list.schedule(3, 2, 3, null);
    list.schedule(1, 1, 4, "c");
    List<Integer> order = new ArrayList<>();
    while (!list.isEmpty()) {
      list.pop();
      order.add(list.argument());
    }
    assertEquals(List.of(1, 2, 4, 3, 0), order);
  }

  @Test
  void staysOrderedUnderManyInterleavedOperations() {
    EventList list = new EventList();
    SplittableRandom random = new SplittableRandom(1);
    double now = 0;
    for (int i = 0; i < 1000; i++) {
      list.schedule(random.nextDouble() * 100, 0, i, null);
    }
    for (int i = 0; i < 100_000; i++) {
      list.pop();
      assertTrue(list.time() >= now);
      now = list.time();
      list.schedule(now + random.nextDouble() * 100, 0, i, null);
    }
    assertEquals(1000, list.size());
  }
}
