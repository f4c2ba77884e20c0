package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * A demo contact centre as built by {@link DemoCentreGenerator}: the master data (sites, teams,
 * contracts, queues, agents), the calendar (events), the absences of the history year, and one year
 * of 15-minute history per queue.
 *
 * <p>The history is not held in memory: {@link #history(String)} generates one queue's intervals
 * lazily from the seed, the queue and the events, so each call returns the same values whatever the
 * order or number of calls. Codes ({@code tallinn}, {@code voice-et}, {@code agent7}, ...) are the
 * natural keys that link the records to each other.
 *
 * @param seed the seed everything was generated from
 * @param firstHistoryDay first day with history (inclusive), 364 days before {@code lastHistoryDay}
 * @param lastHistoryDay last day with history (inclusive)
 * @param sites the sites, each with its time zone and office seats
 * @param teams the teams, each belonging to one site
 * @param contracts the contracts agents work under
 * @param queues the queues (channel plus language), with opening hours and service-level targets
 * @param agents the agents with work mode, site, team, contract and skills
 * @param events public holidays, promotions and outages, sorted by {@code dateFrom}
 * @param absences the agents' absences within the history year, sorted by agent then date
 */
public record DemoCentre(
    long seed,
    LocalDate firstHistoryDay,
    LocalDate lastHistoryDay,
    List<Site> sites,
    List<Team> teams,
    List<Contract> contracts,
    List<Queue> queues,
    List<Agent> agents,
    List<Event> events,
    List<Absence> absences) {

  /** Length of one history interval in minutes. */
  public static final int INTERVAL_MINUTES = 15;

  /** Event kind of a public holiday (the queue is closed or strongly reduced). */
  public static final String KIND_HOLIDAY = "holiday";

  /** Event kind of a marketing promotion that lifts volume. */
  public static final String KIND_PROMOTION = "promotion";

  /** Event kind of a service outage that makes customers contact the centre in a burst. */
  public static final String KIND_OUTAGE = "outage";

  /** Validates the dates and copies the lists so the record is immutable. */
  public DemoCentre {
    Objects.requireNonNull(firstHistoryDay, "firstHistoryDay is required");
    Objects.requireNonNull(lastHistoryDay, "lastHistoryDay is required");
    if (firstHistoryDay.isAfter(lastHistoryDay)) {
      throw new IllegalArgumentException(
          "firstHistoryDay " + firstHistoryDay + " is after lastHistoryDay " + lastHistoryDay);
    }
    sites = List.copyOf(sites);
    teams = List.copyOf(teams);
    contracts = List.copyOf(contracts);
    queues = List.copyOf(queues);
    agents = List.copyOf(agents);
    events = List.copyOf(events);
    absences = List.copyOf(absences);
  }

  /**
   * The history of all queues, queue by queue in the order of {@link #queues()}, each queue's
   * intervals in time order. Lazy: about 300,000 intervals are generated as they are consumed.
   */
  public Stream<HistoryInterval> history() {
    return queues.stream().flatMap(queue -> history(queue.code()));
  }

  /**
   * The history of one queue in time order: one interval per open 15-minute slot of every day from
   * {@link #firstHistoryDay()} to {@link #lastHistoryDay()}. Closed slots and days (e.g. voice on a
   * public holiday) have no interval. Deterministic per queue: independent of what else was read.
   *
   * @throws IllegalArgumentException if the queue code is not one of {@link #queues()}, or (for a
   *     hand-built centre) not one of the generator's queues, whose demand model it needs
   */
  public Stream<HistoryInterval> history(String queueCode) {
    return new HistoryGenerator(this).intervals(queue(queueCode));
  }

  /** The queue with this code, or an IllegalArgumentException naming the code. */
  public Queue queue(String code) {
    return queues.stream()
        .filter(queue -> queue.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown queue code: " + code));
  }

  /** The site with this code, or an IllegalArgumentException naming the code. */
  public Site site(String code) {
    return sites.stream()
        .filter(site -> site.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown site code: " + code));
  }

  /** Channel of a queue (the glossary's full list; the demo uses VOICE, CHAT and EMAIL). */
  public enum Channel {
    VOICE,
    CHAT,
    EMAIL,
    SMS,
    SOCIAL,
    CALLBACK
  }

  /** Where an agent works: always at the site, partly at home, or always at home. */
  public enum WorkMode {
    OFFICE,
    HYBRID,
    REMOTE
  }

  /**
   * A contact-centre site.
   *
   * @param code natural key, e.g. {@code tallinn}
   * @param name display name, e.g. {@code Tallinn}
   * @param countryCode ISO 3166-1 alpha-2 country whose public holidays apply, e.g. {@code EE}
   * @param language ISO 639-1 language of the site's country, e.g. {@code et}
   * @param timeZone the site's time zone, e.g. Europe/Tallinn
   * @param officeSeats desks available in the office (fewer than agents: most work hybrid)
   */
  public record Site(
      String code,
      String name,
      String countryCode,
      String language,
      ZoneId timeZone,
      int officeSeats) {
    /** Validates the seats. */
    public Site {
      requireCode(code, "site");
      Objects.requireNonNull(timeZone, "site timeZone is required");
      if (officeSeats < 0) {
        throw new IllegalArgumentException("site " + code + ": officeSeats must be >= 0");
      }
    }
  }

  /**
   * A team of agents at one site.
   *
   * @param code natural key, e.g. {@code tallinn-voice}
   * @param name display name, e.g. {@code Tallinn Voice}
   * @param siteCode the site the team belongs to
   */
  public record Team(String code, String name, String siteCode) {
    /** Validates the codes. */
    public Team {
      requireCode(code, "team");
      requireCode(siteCode, "team " + code + " site");
    }
  }

  /**
   * An employment contract's working-time rules.
   *
   * @param code natural key, e.g. {@code full-time}
   * @param name display name
   * @param minHoursPerWeek minimum paid hours per week
   * @param maxHoursPerWeek maximum paid hours per week
   * @param maxConsecutiveDays most working days in a row
   * @param minRestHours minimum rest between two shifts, in hours
   */
  public record Contract(
      String code,
      String name,
      int minHoursPerWeek,
      int maxHoursPerWeek,
      int maxConsecutiveDays,
      int minRestHours) {
    /** Validates the ranges. */
    public Contract {
      requireCode(code, "contract");
      if (minHoursPerWeek < 0 || minHoursPerWeek > maxHoursPerWeek || maxHoursPerWeek > 168) {
        throw new IllegalArgumentException(
            "contract " + code + ": expected 0 <= minHoursPerWeek <= maxHoursPerWeek <= 168");
      }
      if (maxConsecutiveDays < 1 || maxConsecutiveDays > 7 || minRestHours < 0) {
        throw new IllegalArgumentException(
            "contract " + code + ": expected maxConsecutiveDays 1..7 and minRestHours >= 0");
      }
    }
  }

  /**
   * When a queue is open on one day of the week, in the queue's time zone. {@code closes} is
   * exclusive; {@link LocalTime#MIDNIGHT} as {@code closes} means the end of the day, so
   * 00:00-00:00 is open all day. A day of the week without an entry is closed.
   *
   * @param day day of the week
   * @param opens first open minute
   * @param closes first closed minute, or midnight for the end of the day
   */
  public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    /** Validates that the window is not empty. */
    public OpeningHours {
      Objects.requireNonNull(day, "opening hours day is required");
      Objects.requireNonNull(opens, "opening hours opens is required");
      Objects.requireNonNull(closes, "opening hours closes is required");
      if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
        throw new IllegalArgumentException(
            "opening hours " + day + ": opens " + opens + " must be before closes " + closes);
      }
    }

    /** Whether the minute {@code time} lies in this window. */
    public boolean contains(LocalTime time) {
      return !time.isBefore(opens) && (closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes));
    }

    /** Whether the queue is open the whole day. */
    public boolean isAllDay() {
      return opens.equals(LocalTime.MIDNIGHT) && closes.equals(LocalTime.MIDNIGHT);
    }
  }

  /**
   * A queue: one channel in one language.
   *
   * @param code natural key, e.g. {@code voice-et}, {@code chat-ru}, {@code email-fi}
   * @param name display name, e.g. {@code Estonian voice}
   * @param channel VOICE, CHAT or EMAIL
   * @param language ISO 639-1 language, e.g. {@code et}
   * @param timeZone time zone of the opening hours and of the history's interval starts
   * @param serviceLevelTarget share of contacts to answer within the threshold, 0..1 (e.g. 0.80)
   * @param serviceLevelThresholdSeconds the threshold in seconds: 20 for voice, 60 for chat; for
   *     e-mail the reply deadline (8 h = 28,800 s)
   * @param openingHours open windows by day of week (missing days are closed)
   */
  public record Queue(
      String code,
      String name,
      Channel channel,
      String language,
      ZoneId timeZone,
      double serviceLevelTarget,
      int serviceLevelThresholdSeconds,
      List<OpeningHours> openingHours) {
    /** Validates the target and copies the opening hours. */
    public Queue {
      requireCode(code, "queue");
      Objects.requireNonNull(channel, "queue " + code + ": channel is required");
      Objects.requireNonNull(timeZone, "queue " + code + ": timeZone is required");
      if (!(serviceLevelTarget > 0 && serviceLevelTarget <= 1)) {
        throw new IllegalArgumentException(
            "queue " + code + ": serviceLevelTarget must be in (0, 1], was " + serviceLevelTarget);
      }
      if (serviceLevelThresholdSeconds <= 0) {
        throw new IllegalArgumentException(
            "queue " + code + ": serviceLevelThresholdSeconds must be > 0");
      }
      openingHours = List.copyOf(openingHours);
    }

    /** The reply deadline of an e-mail queue (its threshold), empty for other channels. */
    public Optional<Duration> replyDeadline() {
      return channel == Channel.EMAIL
          ? Optional.of(Duration.ofSeconds(serviceLevelThresholdSeconds))
          : Optional.empty();
    }

    /** Whether the queue is open at this local date-time (ignoring holidays). */
    public boolean isOpenAt(LocalDateTime time) {
      DayOfWeek day = time.getDayOfWeek();
      LocalTime minute = time.toLocalTime();
      return openingHours.stream().anyMatch(hours -> hours.day() == day && hours.contains(minute));
    }

    /** Whether the queue is open all day on every day of the week. */
    public boolean isOpenAroundTheClock() {
      return openingHours.stream()
              .filter(OpeningHours::isAllDay)
              .map(OpeningHours::day)
              .distinct()
              .count()
          == 7;
    }
  }

  /**
   * An agent's skill on one queue.
   *
   * @param queueCode the queue
   * @param level proficiency 1 (can help out) to 5 (expert)
   */
  public record Skill(String queueCode, int level) {
    /** Validates the level. */
    public Skill {
      requireCode(queueCode, "skill queue");
      if (level < 1 || level > 5) {
        throw new IllegalArgumentException(
            "skill " + queueCode + ": level must be 1..5, was " + level);
      }
    }
  }

  /**
   * An agent. The code is also the demo log-in name.
   *
   * @param code natural key, {@code agent1} to {@code agent120}
   * @param firstName given name, plausible for the site's country
   * @param lastName family name
   * @param workMode OFFICE, HYBRID or REMOTE
   * @param siteCode the agent's site
   * @param teamCode the agent's team (at that site)
   * @param contractCode the agent's contract
   * @param homeTimeZone where the agent lives; differs from the site's zone for some remote agents
   * @param skills at least one; always includes a queue in the site's language
   */
  public record Agent(
      String code,
      String firstName,
      String lastName,
      WorkMode workMode,
      String siteCode,
      String teamCode,
      String contractCode,
      ZoneId homeTimeZone,
      List<Skill> skills) {
    /** Validates the references and copies the skills. */
    public Agent {
      requireCode(code, "agent");
      Objects.requireNonNull(workMode, "agent " + code + ": workMode is required");
      Objects.requireNonNull(homeTimeZone, "agent " + code + ": homeTimeZone is required");
      skills = List.copyOf(skills);
      if (skills.isEmpty()) {
        throw new IllegalArgumentException("agent " + code + ": at least one skill is required");
      }
    }
  }

  /**
   * A calendar event in the events CSV sense. A holiday is generated once per site (site set, no
   * queue: for scheduling) and once per affected queue (queue and site set: for forecasting); an
   * international queue gets only the holidays all three countries share. Promotions apply to all
   * queues (neither set).
   *
   * @param dateFrom first day (inclusive)
   * @param dateTo last day (inclusive)
   * @param kind {@code holiday}, {@code promotion} or {@code outage}
   * @param name e.g. {@code Good Friday}, {@code Valentine's promotion}
   * @param queueCode the queue it applies to; empty for all queues
   * @param siteCode the site it applies to; empty for all sites (or an international queue)
   * @param factor a planner's explicit volume multiplier; empty when the forecaster should learn it
   */
  public record Event(
      LocalDate dateFrom,
      LocalDate dateTo,
      String kind,
      String name,
      Optional<String> queueCode,
      Optional<String> siteCode,
      OptionalDouble factor) {
    /** Validates the dates. */
    public Event {
      Objects.requireNonNull(dateFrom, "event dateFrom is required");
      Objects.requireNonNull(dateTo, "event dateTo is required");
      requireCode(kind, "event kind");
      requireCode(name, "event name");
      Objects.requireNonNull(queueCode, "event queueCode must be an Optional");
      Objects.requireNonNull(siteCode, "event siteCode must be an Optional");
      Objects.requireNonNull(factor, "event factor must be an OptionalDouble");
      if (dateTo.isBefore(dateFrom)) {
        throw new IllegalArgumentException(
            "event " + name + ": dateTo " + dateTo + " is before dateFrom " + dateFrom);
      }
    }

    /** Whether the day lies within the event. */
    public boolean covers(LocalDate day) {
      return !day.isBefore(dateFrom) && !day.isAfter(dateTo);
    }

    /** Whether the event applies to this queue (queue-scoped to it, or not scoped at all). */
    public boolean appliesToQueue(String code) {
      return queueCode.map(code::equals).orElse(siteCode.isEmpty());
    }
  }

  /**
   * An agent's absence over whole days.
   *
   * @param agentCode the absent agent
   * @param code {@link #SICK}, {@link #VACATION} or {@link #OTHER}
   * @param dateFrom first day (inclusive)
   * @param dateTo last day (inclusive); a spell may span a weekend
   */
  public record Absence(String agentCode, String code, LocalDate dateFrom, LocalDate dateTo) {
    /** Illness: unplanned, counts as absenteeism. */
    public static final String SICK = "SICK";

    /** Planned leave: not absenteeism. */
    public static final String VACATION = "VACATION";

    /** Other unplanned absence (family, transport, ...): counts as absenteeism. */
    public static final String OTHER = "OTHER";

    /** Validates the code and dates. */
    public Absence {
      requireCode(agentCode, "absence agent");
      if (!SICK.equals(code) && !VACATION.equals(code) && !OTHER.equals(code)) {
        throw new IllegalArgumentException(
            "absence of " + agentCode + ": code must be SICK, VACATION or OTHER, was " + code);
      }
      if (dateTo.isBefore(dateFrom)) {
        throw new IllegalArgumentException(
            "absence of " + agentCode + ": dateTo " + dateTo + " is before dateFrom " + dateFrom);
      }
    }

    /** Whether this absence is unplanned (SICK or OTHER), i.e. counts as absenteeism. */
    public boolean isAbsenteeism() {
      return !VACATION.equals(code);
    }

    /** Whether the day lies within the absence. */
    public boolean covers(LocalDate day) {
      return !day.isBefore(dateFrom) && !day.isAfter(dateTo);
    }
  }

  /**
   * One 15-minute interval of a queue's history, in the history CSV's sense.
   *
   * @param queueCode the queue
   * @param intervalStart start of the interval, local date-time in the queue's time zone
   * @param offered contacts offered in the interval (a whole number)
   * @param handled contacts answered (a whole number, {@code offered - abandoned})
   * @param abandoned contacts that hung up or left before an answer (a whole number)
   * @param ahtSeconds mean handle time in seconds of the handled contacts; 0 when none was handled
   */
  public record HistoryInterval(
      String queueCode,
      LocalDateTime intervalStart,
      double offered,
      double handled,
      double abandoned,
      double ahtSeconds) {}

  private static void requireCode(String code, String what) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException(what + " code must not be blank");
    }
  }
}
