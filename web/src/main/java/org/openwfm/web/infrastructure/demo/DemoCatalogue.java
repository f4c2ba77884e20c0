package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.web.infrastructure.demo.DemoCentre.Channel;
import org.openwfm.web.infrastructure.demo.DemoCentre.Contract;
import org.openwfm.web.infrastructure.demo.DemoCentre.OpeningHours;
import org.openwfm.web.infrastructure.demo.DemoCentre.Queue;
import org.openwfm.web.infrastructure.demo.DemoCentre.Site;
import org.openwfm.web.infrastructure.demo.DemoCentre.Team;

/**
 * The fixed shape of the demo centre: three sites, their teams, the contracts, and the queues with
 * the demand behind them. Volumes are sized so that about 120 agents can staff them.
 */
final class DemoCatalogue {

  static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

  static final List<Site> SITES =
      List.of(
          new Site("tallinn", "Tallinn", "EE", "et", TALLINN, 26),
          new Site("helsinki", "Helsinki", "FI", "fi", HELSINKI, 20),
          new Site("budapest", "Budapest", "HU", "hu", BUDAPEST, 16));

  /** Agents per site; sums to 120. */
  static final Map<String, Integer> AGENTS_PER_SITE =
      Map.of("tallinn", 50, "helsinki", 40, "budapest", 30);

  static final List<Team> TEAMS =
      List.of(
          new Team("tallinn-voice", "Tallinn Voice", "tallinn"),
          new Team("tallinn-digital", "Tallinn Digital", "tallinn"),
          new Team("helsinki-voice", "Helsinki Voice", "helsinki"),
          new Team("helsinki-digital", "Helsinki Digital", "helsinki"),
          new Team("budapest-voice", "Budapest Voice", "budapest"),
          new Team("budapest-digital", "Budapest Digital", "budapest"));

  static final List<Contract> CONTRACTS =
      List.of(
          new Contract("full-time", "Full time 40 h", 40, 40, 6, 11),
          new Contract("part-time", "Part time 20-30 h", 20, 30, 5, 11),
          new Contract("student", "Student 10-20 h", 10, 20, 4, 11));

  /**
   * What drives a queue's volume.
   *
   * @param queue the queue
   * @param market country whose holidays close or reduce it; empty for the international queues,
   *     which feel only the holidays all three countries share
   * @param dailyVolume contacts on an ordinary Wednesday mid-year if open around the clock
   * @param yearlyGrowth relative change of volume over one year (0.15 = +15%)
   */
  record QueueDemand(
      Queue queue, Optional<String> market, double dailyVolume, double yearlyGrowth) {}

  static final List<QueueDemand> DEMAND = buildDemand();

  private static final Map<String, QueueDemand> DEMAND_BY_CODE =
      DEMAND.stream().collect(Collectors.toMap(d -> d.queue().code(), Function.identity()));

  private DemoCatalogue() {}

  static QueueDemand demand(String queueCode) {
    QueueDemand demand = DEMAND_BY_CODE.get(queueCode);
    if (demand == null) {
      throw new IllegalArgumentException("no demand model for queue " + queueCode);
    }
    return demand;
  }

  static List<Queue> queues() {
    return DEMAND.stream().map(QueueDemand::queue).toList();
  }

  private static List<QueueDemand> buildDemand() {
    List<QueueDemand> list = new ArrayList<>();
    // Voice shrinks slowly and chat grows as customers move to digital channels.
    list.add(voice("et", "Estonian", TALLINN, "EE", 700, localVoice(10, 16, true)));
    list.add(voice("ru", "Russian", TALLINN, "EE", 300, localVoice(10, 16, true)));
    list.add(voice("fi", "Finnish", HELSINKI, "FI", 600, localVoice(10, 16, true)));
    list.add(voice("hu", "Hungarian", BUDAPEST, "HU", 450, localVoice(9, 14, false)));
    list.add(
        new QueueDemand(
            queue("voice-en", "English voice", Channel.VOICE, "en", TALLINN, 0.80, 30, allDay()),
            Optional.empty(),
            250,
            0.05));
    list.add(chat("et", "Estonian", TALLINN, Optional.of("EE"), 300));
    list.add(chat("ru", "Russian", TALLINN, Optional.of("EE"), 150));
    list.add(chat("fi", "Finnish", HELSINKI, Optional.of("FI"), 280));
    list.add(chat("hu", "Hungarian", BUDAPEST, Optional.of("HU"), 200));
    list.add(chat("en", "English", TALLINN, Optional.empty(), 120));
    list.add(email("et", "Estonian", TALLINN, "EE", 180));
    list.add(email("fi", "Finnish", HELSINKI, "FI", 150));
    list.add(email("hu", "Hungarian", BUDAPEST, "HU", 120));
    return List.copyOf(list);
  }

  private static QueueDemand voice(
      String language,
      String label,
      ZoneId zone,
      String market,
      double daily,
      List<OpeningHours> hours) {
    Queue queue =
        queue(
            "voice-" + language, label + " voice", Channel.VOICE, language, zone, 0.80, 20, hours);
    return new QueueDemand(queue, Optional.of(market), daily, -0.03);
  }

  private static QueueDemand chat(
      String language, String label, ZoneId zone, Optional<String> market, double daily) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(22, 0)));
    }
    Queue queue =
        queue("chat-" + language, label + " chat", Channel.CHAT, language, zone, 0.80, 60, hours);
    return new QueueDemand(queue, market, daily, 0.18);
  }

  private static QueueDemand email(
      String language, String label, ZoneId zone, String market, double daily) {
    // E-mail arrives around the clock; the deadline is 8 hours.
    Queue queue =
        queue(
            "email-" + language,
            label + " e-mail",
            Channel.EMAIL,
            language,
            zone,
            0.90,
            8 * 3600,
            allDay());
    return new QueueDemand(queue, Optional.of(market), daily, 0.02);
  }

  private static Queue queue(
      String code,
      String name,
      Channel channel,
      String language,
      ZoneId zone,
      double target,
      int thresholdSeconds,
      List<OpeningHours> hours) {
    return new Queue(code, name, channel, language, zone, target, thresholdSeconds, hours);
  }

  /**
   * Weekdays 08-20; Saturday (and Sunday when {@code sunday}) from {@code opens} to {@code closes}.
   */
  private static List<OpeningHours> localVoice(int opens, int closes, boolean sunday) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
      } else if (day == DayOfWeek.SATURDAY || sunday) {
        hours.add(new OpeningHours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
      }
    }
    return hours;
  }

  private static List<OpeningHours> allDay() {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.add(new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
    return hours;
  }
}
