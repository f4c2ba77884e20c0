package org.openwfm.simulator.des.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class RandomStreamsTest {

  private static double[] draw(RandomStream stream, int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = stream.nextDouble();
    }
    return values;
  }

  @Test
  void sameNameSeedAndReplicationGiveTheSameNumbersWhateverElseWasCreated() {
    RandomStreams a = new RandomStreams(42, 3);
    RandomStreams b = new RandomStreams(42, 3);
    b.stream("arrivals/chat");
    draw(b.stream("handle/voice"), 10);
    assertEquals(draw(a.stream("arrivals/voice"), 5)[4], draw(b.stream("arrivals/voice"), 5)[4]);
  }

  @Test
  void replicationIsTheSubstreamOfTheStream() {
    RandomStream third = new RandomStreams(42, 2).stream("x");
    RandomStream first = new RandomStreams(42, 0).stream("x");
    first.resetNextSubstream();
    first.resetNextSubstream();
    assertEquals(first.nextDouble(), third.nextDouble());
  }

  @Test
  void differentNamesAndSeedsGiveDifferentNumbers() {
    assertNotEquals(
        new RandomStreams(42, 0).stream("x").nextDouble(),
        new RandomStreams(42, 0).stream("y").nextDouble());
    assertNotEquals(
        new RandomStreams(42, 0).stream("x").nextDouble(),
        new RandomStreams(43, 0).stream("x").nextDouble());
  }
}
