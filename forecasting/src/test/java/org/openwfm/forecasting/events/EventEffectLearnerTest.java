package org.openwfm.forecasting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.TrainingData;

class EventEffectLearnerTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 5); // a Monday
  private static final int DAYS = 140;

  /** Weekdays open, 4 slots of 25 contacts; special days scaled; missing days absent. */
  private static TrainingData history(java.util.Map<Integer, Double> scale, Set<Integer> missing) {
    double[][] rows = new double[DAYS][4];
    for (int d = 0; d < DAYS; d++) {
      boolean weekend = START.plusDays(d).getDayOfWeek().getValue() >= 6;
      for (int s = 0; s < 4; s++) {
        rows[d][s] =
            weekend || missing.contains(d)
                ? Double.NaN
                : 25 * scale.getOrDefault(d, 1.0) * (s == 0 && scale.containsKey(d) ? 2 : 1);
      }
    }
    return new TrainingData(START, rows, OpenHours.learn(START, rows));
  }

  private static Event event(int day, String kind, OptionalDouble factor) {
    LocalDate d = START.plusDays(day);
    return new Event(d, d, kind, kind + " " + day, Optional.empty(), factor);
  }

  @Test
  void learnsTheDayFactorOfAKindFromItsPastOccurrencesAndKeepsThemOutOfFitting() {
    // Holidays on three Wednesdays halve the volume (slot 0 doubled, so the shape differs too).
    java.util.Map<Integer, Double> scale = new java.util.HashMap<>();
    List<Event> events = new ArrayList<>();
    for (int d : new int[] {30, 58, 86}) {
      scale.put(d, 0.4);
      events.add(event(d, "holiday", OptionalDouble.empty()));
    }
    EventAnalysis analysis = new EventEffectLearner().learn(history(scale, Set.of()), events);
    EventEffect holiday = analysis.effects().get(0);
    assertEquals("holiday", holiday.kind());
    assertEquals(3, holiday.occurrences());
    // Day total: 25 * 0.4 * (2 + 1 + 1 + 1) = 50 against 100.
    assertEquals(0.5, holiday.dayFactor(), 0.02);
    assertFalse(holiday.closed());
    assertTrue(analysis.isExcluded(30) && analysis.isExcluded(58) && analysis.isExcluded(86));
    assertFalse(analysis.isExcluded(31));
    assertTrue(analysis.outliers().isEmpty());
  }

  @Test
  void aPlannerFactorWinsAndAnUnknownKindWithoutFactorIsReported() {
    java.util.Map<Integer, Double> scale = new java.util.HashMap<>();
    scale.put(30, 0.4);
    List<Event> past = List.of(event(30, "holiday", OptionalDouble.empty()));
    EventAnalysis analysis = new EventEffectLearner().learn(history(scale, Set.of()), past);
    OpenHours open = history(scale, Set.of()).open();
    Set<String> warnings = new LinkedHashSet<>();
    int future = DAYS + 2;
    List<Event> futureEvents =
        List.of(
            event(future, "holiday", OptionalDouble.of(1.5)),
            event(future + 1, "holiday", OptionalDouble.empty()),
            event(future + 7, "launch", OptionalDouble.empty()),
            event(future + 8, "promotion", OptionalDouble.of(1.3)));
    assertEquals(
        1.5, analysis.adjustment(START.plusDays(future), futureEvents, open, warnings).factor());
    assertEquals(
        0.5,
        analysis.adjustment(START.plusDays(future + 1), futureEvents, open, warnings).factor(),
        0.02);
    assertEquals(
        1.0,
        analysis.adjustment(START.plusDays(future + 7), futureEvents, open, warnings).factor());
    assertEquals(
        1.3,
        analysis.adjustment(START.plusDays(future + 8), futureEvents, open, warnings).factor());
    assertEquals(1, warnings.size());
    assertTrue(warnings.iterator().next().contains("'launch'"));
  }

  @Test
  void findsAnOutageDayReportsItAndKeepsItOutOfLearning() {
    java.util.Map<Integer, Double> scale = new java.util.HashMap<>();
    scale.put(72, 0.2); // an outage: a fifth of the usual volume, no event explains it
    EventAnalysis analysis = new EventEffectLearner().learn(history(scale, Set.of()), List.of());
    assertEquals(1, analysis.outliers().size());
    OutlierDay outage = analysis.outliers().get(0);
    assertEquals(START.plusDays(72), outage.day());
    assertEquals(0.2 * 5 / 4, outage.ratio(), 0.05);
    assertTrue(analysis.isExcluded(72));
  }

  @Test
  void treatsOpenWeekdaysWithoutDataAsClosuresAndLearnsTheBacklogOnTheDayAfter() {
    java.util.Map<Integer, Double> scale = new java.util.HashMap<>();
    Set<Integer> missing = Set.of(29, 57, 85); // Tuesdays without data
    for (int d : missing) {
      scale.put(d + 1, 1.3); // the Wednesday after carries 30% more (slot 0 doubled)
    }
    TrainingData data = history(scale, missing);
    EventAnalysis analysis = new EventEffectLearner().learn(data, List.of());
    EventEffect closure = analysis.effects().get(0);
    assertEquals(EventEffectLearner.CLOSURE_KIND, closure.kind());
    assertTrue(closure.closed());
    assertEquals(3, analysis.closures().size());
    // Day after: 25 * 1.3 * 5 = 162.5 against 100; three occurrences shrunk by 3/4 on the log
    // scale.
    assertEquals(Math.exp(0.75 * Math.log(163.5 / 101)), closure.dayAfterFactor(), 0.01);
    assertTrue(analysis.isExcluded(30));
  }

  @Test
  void keepsAKindClosedWhenTheQueueHadNoDataOnItsPastDays() {
    Set<Integer> missing = Set.of(30, 58);
    List<Event> events =
        List.of(
            event(30, "holiday", OptionalDouble.empty()),
            event(58, "holiday", OptionalDouble.empty()));
    TrainingData data = history(java.util.Map.of(), missing);
    EventAnalysis analysis = new EventEffectLearner().learn(data, events);
    assertTrue(analysis.effects().get(0).closed());
    DayAdjustment next =
        analysis.adjustment(
            START.plusDays(DAYS + 2),
            List.of(event(DAYS + 2, "holiday", OptionalDouble.empty())),
            data.open(),
            new LinkedHashSet<>());
    assertTrue(next.closed());
  }
}
