package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.openwfm.web.infrastructure.demo.DemoCatalogue.QueueDemand;
import org.openwfm.web.infrastructure.demo.DemoCentre.Channel;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.HistoryInterval;
import org.openwfm.web.infrastructure.demo.DemoCentre.Queue;

/**
 * Generates a queue's 15-minute history from a multiplicative demand model: daily level with a
 * trend, weekly seasonality per channel, yearly seasonality (a Fourier term, a summer dip and a
 * December peak), holidays, promotions and outages read from the centre's events, an intraday
 * profile per channel, autocorrelated day-level noise and Poisson arrivals. Abandonment rises when
 * the offered load exceeds what was planned; AHT varies per channel with sampling noise.
 *
 * <p>The model works in wall-clock slots of the queue's time zone: on the spring-forward day the
 * missing hour has no interval; on the fall-back day the repeated hour appears once, since a local
 * date-time cannot tell its two occurrences apart (the history CSV contract is local time).
 */
final class HistoryGenerator {

  private static final int SLOTS_PER_DAY = 24 * 60 / DemoCentre.INTERVAL_MINUTES;

  /**
   * Monday to Sunday multipliers: voice is a weekday channel, e-mail keeps arriving at weekends.
   */
  private static final Map<Channel, double[]> WEEKLY = new EnumMap<>(Channel.class);

  /** Share of a day's volume per wall-clock slot (each array sums to 1). */
  private static final Map<Channel, double[]> INTRADAY = new EnumMap<>(Channel.class);

  private static final Map<Channel, Double> MEAN_AHT_SECONDS =
      Map.of(Channel.VOICE, 300.0, Channel.CHAT, 600.0, Channel.EMAIL, 420.0);

  /** Coefficient of variation of one contact's handle time. */
  private static final Map<Channel, Double> HANDLE_TIME_CV =
      Map.of(Channel.VOICE, 0.9, Channel.CHAT, 0.7, Channel.EMAIL, 1.0);

  /** Share of contacts abandoned when the load is as planned (e-mails are not abandoned). */
  private static final Map<Channel, Double> PLANNED_ABANDON_RATE =
      Map.of(Channel.VOICE, 0.05, Channel.CHAT, 0.07, Channel.EMAIL, 0.0);

  /** Volume on a holiday for queues that stay open, relative to the same weekday. */
  private static final Map<Channel, Double> HOLIDAY_FACTOR =
      Map.of(Channel.VOICE, 0.35, Channel.CHAT, 0.35, Channel.EMAIL, 0.5);

  /** Peak uplift of a promotion (Valentine's: +25% for voice, chat more, e-mail less). */
  private static final Map<Channel, Double> PROMOTION_PEAK_UPLIFT =
      Map.of(Channel.VOICE, 0.25, Channel.CHAT, 0.30, Channel.EMAIL, 0.20);

  /** Planners anticipate half of a promotion's uplift, so abandonment rises during it. */
  private static final double PLANNED_SHARE_OF_UPLIFT = 0.5;

  static {
    WEEKLY.put(Channel.VOICE, new double[] {1.18, 1.06, 1.0, 0.98, 0.93, 0.50, 0.35});
    WEEKLY.put(Channel.CHAT, new double[] {1.05, 1.0, 1.0, 1.0, 0.95, 0.78, 0.85});
    WEEKLY.put(Channel.EMAIL, new double[] {1.22, 1.05, 1.0, 1.0, 0.93, 0.55, 0.62});
    // Voice: morning peak and a smaller early-afternoon one; chat: evening-heavy; e-mail: office.
    INTRADAY.put(Channel.VOICE, profile(0.04, 1.0, 10.25, 1.25, 0.8, 14.0, 1.4, 0, 0, 1));
    INTRADAY.put(Channel.CHAT, profile(0.05, 0.45, 11.0, 2.0, 0.6, 15.0, 2.0, 1.0, 20.0, 2.0));
    INTRADAY.put(Channel.EMAIL, profile(0.06, 1.0, 9.5, 1.8, 0.7, 13.5, 2.2, 0.25, 20.0, 2.0));
  }

  private final DemoCentre centre;

  HistoryGenerator(DemoCentre centre) {
    this.centre = centre;
  }

  Stream<HistoryInterval> intervals(Queue queue) {
    QueueModel model = new QueueModel(queue);
    return Stream.iterate(
            centre.firstHistoryDay(),
            day -> !day.isAfter(centre.lastHistoryDay()),
            day -> day.plusDays(1))
        .flatMap(day -> model.day(day).stream());
  }

  /** Everything about one queue that does not change from day to day. */
  private final class QueueModel {
    private final Queue queue;
    private final QueueDemand demand;
    private final Channel channel;
    private final ZoneRules rules;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> outages = new HashSet<>();
    private final List<Event> promotions = new ArrayList<>();
    private final double[] dayNoise;

    QueueModel(Queue queue) {
      this.queue = queue;
      this.demand = DemoCatalogue.demand(queue.code());
      this.channel = queue.channel();
      this.rules = queue.timeZone().getRules();
      for (Event event : centre.events()) {
        if (!event.appliesToQueue(queue.code())) {
          continue;
        }
        switch (event.kind()) {
          case DemoCentre.KIND_HOLIDAY -> addDays(holidays, event);
          case DemoCentre.KIND_OUTAGE -> addDays(outages, event);
          case DemoCentre.KIND_PROMOTION -> promotions.add(event);
          default -> {
            // Other kinds carry no effect in the demo model.
          }
        }
      }
      this.dayNoise = dayNoise();
    }

    /** Log-normal AR(1) noise: busy and quiet spells last a few days, as in real centres. */
    private double[] dayNoise() {
      int days = (int) ChronoUnit.DAYS.between(centre.firstHistoryDay(), centre.lastHistoryDay());
      SplittableRandom random = DemoRandom.stream(centre.seed(), "level:" + queue.code());
      double[] noise = new double[days + 1];
      double log = 0;
      for (int i = 0; i < noise.length; i++) {
        log = 0.6 * log + 0.04 * DemoRandom.gaussian(random);
        noise[i] = StrictMath.exp(log);
      }
      return noise;
    }

    List<HistoryInterval> day(LocalDate day) {
      boolean holiday = holidays.contains(day);
      if (holiday && channel == Channel.VOICE && !queue.isOpenAroundTheClock()) {
        return List.of();
      }
      int index = (int) ChronoUnit.DAYS.between(centre.firstHistoryDay(), day);
      double years = index / 365.0 - 0.5;
      double uplift = promotionUplift(day);
      double base =
          demand.dailyVolume()
              * StrictMath.pow(1 + demand.yearlyGrowth(), years)
              * WEEKLY.get(channel)[day.getDayOfWeek().getValue() - 1]
              * yearly(day)
              * (holiday ? HOLIDAY_FACTOR.get(channel) : 1.0);
      double actualLevel = base * (1 + uplift) * dayNoise[index];
      double plannedLevel = base * (1 + PLANNED_SHARE_OF_UPLIFT * uplift);
      double meanAht =
          MEAN_AHT_SECONDS.get(channel)
              * StrictMath.pow(0.97, years)
              * (day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.04 : 1.0)
              * (1 + 0.3 * uplift);
      int outageStartSlot = outages.contains(day) ? outageStartSlot(day) : -1;

      SplittableRandom random =
          DemoRandom.stream(centre.seed(), "history:" + queue.code(), day.toEpochDay());
      double[] shares = INTRADAY.get(channel);
      List<HistoryInterval> intervals = new ArrayList<>();
      for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
        LocalDateTime start = day.atStartOfDay().plusMinutes(slot * DemoCentre.INTERVAL_MINUTES);
        if (!queue.isOpenAt(start) || rules.getValidOffsets(start).isEmpty()) {
          continue;
        }
        double planned = plannedLevel * shares[slot];
        double mean = actualLevel * shares[slot] * outageMultiplier(slot, outageStartSlot);
        long offered = DemoRandom.poisson(random, mean);
        // Staffing follows the plan with a little slack; load beyond it makes customers give up.
        double overload = mean / (planned * 1.05);
        double abandonRate =
            Math.min(0.6, PLANNED_ABANDON_RATE.get(channel) * StrictMath.exp(2.5 * (overload - 1)));
        long abandoned = DemoRandom.binomial(random, offered, abandonRate);
        long handled = offered - abandoned;
        double aht = handled == 0 ? 0.0 : aht(random, meanAht, slot, handled);
        intervals.add(new HistoryInterval(queue.code(), start, offered, handled, abandoned, aht));
      }
      return intervals;
    }

    private double aht(SplittableRandom random, double meanAht, int slot, long handled) {
      // Evening voice calls run longer: fewer routine callers, more complex cases.
      double mean = channel == Channel.VOICE && slot >= 18 * 4 ? meanAht * 1.05 : meanAht;
      double sd = mean * HANDLE_TIME_CV.get(channel) / Math.sqrt(handled);
      double value = Math.max(0.3 * mean, mean + sd * DemoRandom.gaussian(random));
      return Math.round(value * 10) / 10.0;
    }

    /**
     * Rises over the first five days to its peak, holds for a few days, then fades to a quarter.
     */
    private double promotionUplift(LocalDate day) {
      double uplift = 0;
      for (Event promotion : promotions) {
        if (!promotion.covers(day)) {
          continue;
        }
        long since = ChronoUnit.DAYS.between(promotion.dateFrom(), day);
        long length = ChronoUnit.DAYS.between(promotion.dateFrom(), promotion.dateTo()) + 1;
        double rise = Math.min(1.0, (since + 1) / 5.0);
        double fadeFrom = Math.min(7, length - 1);
        double fade =
            since <= fadeFrom ? 1.0 : 1.0 - 0.75 * (since - fadeFrom) / (length - 1 - fadeFrom);
        uplift += PROMOTION_PEAK_UPLIFT.get(channel) * rise * fade;
      }
      return uplift;
    }

    /** The outage hits all queues of a market at the same local time, between 09:00 and 15:45. */
    private int outageStartSlot(LocalDate day) {
      SplittableRandom random = DemoRandom.stream(centre.seed(), "outage", day.toEpochDay());
      return 9 * 4 + random.nextInt(7 * 4);
    }

    /** Customers contact the centre in a burst that decays over about three hours. */
    private double outageMultiplier(int slot, int startSlot) {
      if (startSlot < 0 || slot < startSlot) {
        return 1.0;
      }
      double hours = (slot - startSlot) / 4.0;
      double burst = channel == Channel.EMAIL ? 1.5 : 3.0;
      return 1.0 + burst * StrictMath.exp(-hours / 1.5);
    }
  }

  /** Yearly seasonality by day of year: a Fourier term, a summer dip and a December peak. */
  static double yearly(LocalDate day) {
    double dayOfYear = day.getDayOfYear();
    double fourier = 0.04 * StrictMath.cos(2 * Math.PI * (dayOfYear - 15) / 365.25);
    return (1 + fourier)
        * (1 - 0.14 * bump(dayOfYear, 205, 22))
        * (1 + 0.10 * bump(dayOfYear, 348, 9));
  }

  private static double bump(double dayOfYear, double centre, double width) {
    double distance = Math.abs(dayOfYear - centre);
    distance = Math.min(distance, 365.25 - distance);
    return StrictMath.exp(-0.5 * (distance / width) * (distance / width));
  }

  private static void addDays(Set<LocalDate> days, Event event) {
    for (LocalDate day = event.dateFrom(); !day.isAfter(event.dateTo()); day = day.plusDays(1)) {
      days.add(day);
    }
  }

  /** A sum of Gaussian bumps over the hours of the day on a small floor, normalised to sum 1. */
  private static double[] profile(
      double floor,
      double w1,
      double c1,
      double s1,
      double w2,
      double c2,
      double s2,
      double w3,
      double c3,
      double s3) {
    double[] shares = new double[SLOTS_PER_DAY];
    double total = 0;
    for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
      double hour = (slot + 0.5) * DemoCentre.INTERVAL_MINUTES / 60.0;
      shares[slot] =
          floor + w1 * gauss(hour, c1, s1) + w2 * gauss(hour, c2, s2) + w3 * gauss(hour, c3, s3);
      total += shares[slot];
    }
    for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
      shares[slot] /= total;
    }
    return shares;
  }

  private static double gauss(double x, double centre, double sd) {
    return StrictMath.exp(-0.5 * ((x - centre) / sd) * ((x - centre) / sd));
  }
}
