package org.openwfm.scheduling.demo;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openwfm.scheduling.io.ProblemDocument;
import org.openwfm.scheduling.io.ProblemDocument.AgentDoc;
import org.openwfm.scheduling.io.ProblemDocument.AvailabilityDoc;
import org.openwfm.scheduling.io.ProblemDocument.ContractDoc;
import org.openwfm.scheduling.io.ProblemDocument.QueueDoc;
import org.openwfm.scheduling.io.ProblemDocument.RequirementDoc;
import org.openwfm.scheduling.io.ProblemDocument.SiteDoc;
import org.openwfm.scheduling.io.ProblemDocument.WindowDoc;

/**
 * Generates a seeded demo problem: a centre in Tallinn serving Estonian, Russian, English and
 * Finnish customers over voice, chat and e-mail (10 queues), with office, hybrid and remote agents
 * in three time zones (Tallinn, Berlin, Lisbon) and two sites. The requirement follows a
 * double-peaked day and a weekly pattern, scaled so that the agents' contracted hours can cover
 * about {@code load} of it. Same seed, same problem.
 *
 * <p>Run: {@code java -cp cli/target/wfm.jar org.openwfm.scheduling.demo.DemoProblemGenerator
 * docs/problems/demo-contact-centre.json [agents] [weeks] [seed]}
 */
public final class DemoProblemGenerator {

  private static final String[] LANGUAGES = {"et", "ru", "en", "fi"};
  private static final String[] QUEUES = {
    "voice-et", "voice-ru", "voice-en", "voice-fi", "chat-et", "chat-ru", "chat-en", "chat-fi",
    "email-et", "email-en"
  };
  private static final String[] WEEKDAYS = {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
  };

  private final Random random;
  private final int agentCount;
  private final int weeks;
  private final LocalDate start;
  private final double load;

  /**
   * @param load share of the agents' contracted minimum hours that the requirement asks for
   */
  public DemoProblemGenerator(long seed, int agentCount, int weeks, LocalDate start, double load) {
    if (agentCount < 1 || weeks < 1 || weeks > 6 || start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("need agents >= 1, 1-6 weeks and a Monday start");
    }
    this.random = new Random(seed);
    this.agentCount = agentCount;
    this.weeks = weeks;
    this.start = start;
    this.load = load;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: DemoProblemGenerator OUT.json [agents] [weeks] [seed]");
    }
    int agents = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20260202L;
    ProblemDocument doc =
        new DemoProblemGenerator(seed, agents, weeks, LocalDate.of(2026, 2, 2), 0.8).generate();
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      write(doc, out);
    }
  }

  /** Writes a document as JSON with one value array per line. */
  public static void write(ProblemDocument doc, Writer out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    new ObjectMapper().writer(printer).writeValue(out, doc);
  }

  /** The problem. */
  public ProblemDocument generate() {
    List<ContractDoc> contracts =
        List.of(
            new ContractDoc("full-time", 36.0, 40.0, 5, 11.0, List.of(510, 480)),
            new ContractDoc("part-time", 20.0, 25.0, 5, 11.0, List.of(300, 360)));
    List<SiteDoc> sites =
        List.of(
            new SiteDoc("tallinn", "Europe/Tallinn", agentCount * 30 / 120),
            new SiteDoc("lisbon", "Europe/Lisbon", Math.max(1, agentCount * 10 / 120)));
    List<QueueDoc> queues = new ArrayList<>();
    for (String q : QUEUES) {
      queues.add(new QueueDoc(q, q.startsWith("voice") ? 2 : null));
    }
    List<AgentDoc> agents = new ArrayList<>();
    double capacityMinutesPerWeek = 0;
    for (int i = 0; i < agentCount; i++) {
      AgentDoc agent = agent(i);
      agents.add(agent);
      capacityMinutesPerWeek += agent.contract().equals("full-time") ? 36 * 60 : 20 * 60;
    }
    List<RequirementDoc> requirements =
        requirements(capacityMinutesPerWeek * 0.9 * load, queueShares(agents));
    return new ProblemDocument(
        "demo contact centre, " + agentCount + " agents, " + weeks + " weeks",
        start.toString(),
        weeks,
        "Europe/Tallinn",
        null,
        null,
        queues,
        sites,
        contracts,
        agents,
        requirements,
        null);
  }

  private AgentDoc agent(int i) {
    String id = String.format("agent%03d", i + 1);
    double u = random.nextDouble();
    String mode;
    String site;
    String zone;
    if (u < 0.25) {
      mode = "OFFICE";
    } else if (u < 0.65) {
      mode = "HYBRID";
    } else {
      mode = "REMOTE";
    }
    double z = random.nextDouble();
    if (mode.equals("REMOTE")) {
      site = null;
      zone = z < 0.4 ? "Europe/Tallinn" : z < 0.75 ? "Europe/Berlin" : "Europe/Lisbon";
    } else if (z < 0.75) {
      site = "tallinn";
      zone = "Europe/Tallinn";
    } else {
      site = "lisbon";
      zone = "Europe/Lisbon";
    }
    String contract = random.nextDouble() < 0.75 ? "full-time" : "part-time";
    Map<String, Integer> skills = new LinkedHashMap<>();
    String language = zone.equals("Europe/Lisbon") || zone.equals("Europe/Berlin")
        ? (random.nextDouble() < 0.7 ? "en" : LANGUAGES[random.nextInt(4)])
        : LANGUAGES[random.nextInt(random.nextDouble() < 0.8 ? 2 : 4)];
    addSkills(skills, language);
    if (random.nextDouble() < 0.45) {
      String second = LANGUAGES[random.nextInt(LANGUAGES.length)];
      addSkills(skills, second);
    }
    List<AvailabilityDoc> availability = new ArrayList<>();
    double a = random.nextDouble();
    if (a < 0.6) {
      availability.add(new AvailabilityDoc(List.of(WEEKDAYS), "07:00", "23:00"));
    } else if (a < 0.85) {
      availability.add(
          new AvailabilityDoc(List.of(WEEKDAYS).subList(0, 5), "07:00", "20:00"));
      availability.add(new AvailabilityDoc(List.of("SATURDAY"), "09:00", "18:00"));
    } else {
      availability.add(new AvailabilityDoc(List.of(WEEKDAYS), "12:00", "23:00"));
    }
    List<String> timeOff = new ArrayList<>();
    if (random.nextDouble() < 0.2) {
      int week = random.nextInt(weeks);
      int from = random.nextInt(3);
      for (int d = from; d < from + 3 + random.nextInt(3); d++) {
        timeOff.add(start.plusDays(week * 7L + d).toString());
      }
    }
    List<String> preferredOff = new ArrayList<>();
    if (random.nextDouble() < 0.4) {
      for (int w = 0; w < weeks; w++) {
        preferredOff.add(start.plusDays(w * 7L + random.nextInt(7)).toString());
      }
    }
    WindowDoc preferredStart = null;
    double p = random.nextDouble();
    if (p < 0.2) {
      preferredStart = new WindowDoc("07:00", "09:00");
    } else if (p < 0.3) {
      preferredStart = new WindowDoc("11:00", "14:00");
    }
    WindowDoc allowed = mode.equals("REMOTE") ? new WindowDoc("07:00", "22:00") : null;
    Integer officeDays = mode.equals("HYBRID") ? 1 + random.nextInt(3) : null;
    return new AgentDoc(
        id,
        contract,
        mode,
        site,
        zone,
        skills,
        officeDays,
        availability,
        timeOff.isEmpty() ? null : timeOff,
        preferredOff.isEmpty() ? null : preferredOff,
        preferredStart,
        allowed,
        null);
  }

  private void addSkills(Map<String, Integer> skills, String language) {
    for (String q : QUEUES) {
      if (q.endsWith("-" + language) && random.nextDouble() < 0.75) {
        skills.put(q, (q.startsWith("voice") ? 2 : 1) + random.nextInt(q.startsWith("voice") ? 4 : 5));
      }
    }
    if (skills.isEmpty()) {
      skills.put("chat-" + language, 3);
    }
  }

  /**
   * Each queue's share of the workload: the contracted hours of the agents qualified for it, split
   * evenly over their queues, with some noise (a centre hires roughly to its demand mix).
   */
  private double[] queueShares(List<AgentDoc> agents) {
    double[] share = new double[QUEUES.length];
    for (AgentDoc agent : agents) {
      List<String> qualified =
          agent.skills().entrySet().stream()
              .filter(e -> !e.getKey().startsWith("voice") || e.getValue() >= 2)
              .map(Map.Entry::getKey)
              .toList();
      double hours = agent.contract().equals("full-time") ? 36 : 20;
      for (String q : qualified) {
        share[List.of(QUEUES).indexOf(q)] += hours / qualified.size();
      }
    }
    for (int q = 0; q < share.length; q++) {
      share[q] *= 0.85 + 0.3 * random.nextDouble();
    }
    return share;
  }

  /** Requirement per queue and date, scaled to {@code totalMinutesPerWeek} agent-minutes. */
  private List<RequirementDoc> requirements(double totalMinutesPerWeek, double[] share) {
    double[] weekday = {1.15, 1.05, 1.0, 1.0, 1.05, 0.6, 0.45};
    double[][][] raw = new double[QUEUES.length][weeks * 7][96];
    double total = 0;
    for (int q = 0; q < QUEUES.length; q++) {
      String channel = QUEUES[q].substring(0, QUEUES[q].indexOf('-'));
      for (int d = 0; d < weeks * 7; d++) {
        int dow = d % 7;
        for (int k = 0; k < 96; k++) {
          double hour = k / 4.0;
          double shape = profile(channel, hour, dow >= 5);
          raw[q][d][k] = share[q] * weekday[dow] * shape * (0.9 + 0.2 * random.nextDouble());
          total += raw[q][d][k];
        }
      }
    }
    double scale = totalMinutesPerWeek * weeks / 15.0 / total;
    List<RequirementDoc> docs = new ArrayList<>();
    for (int q = 0; q < QUEUES.length; q++) {
      for (int d = 0; d < weeks * 7; d++) {
        List<Double> values = new ArrayList<>(96);
        for (int k = 0; k < 96; k++) {
          values.add((double) Math.round(raw[q][d][k] * scale));
        }
        docs.add(new RequirementDoc(QUEUES[q], start.plusDays(d).toString(), values));
      }
    }
    return docs;
  }

  /** Relative demand by hour of the centre's day: open hours and two peaks. */
  private static double profile(String channel, double hour, boolean weekend) {
    double open;
    double close;
    switch (channel) {
      case "voice" -> {
        open = weekend ? 10 : 8;
        close = weekend ? 18 : 20;
      }
      case "chat" -> {
        open = weekend ? 10 : 8;
        close = 22;
      }
      default -> {
        open = 9;
        close = weekend ? 9 : 17;
      }
    }
    if (hour < open || hour >= close) {
      return 0;
    }
    double morning = 0.7 * Math.exp(-Math.pow((hour - 10.5) / 2.2, 2));
    double afternoon = 0.6 * Math.exp(-Math.pow((hour - 15) / 2.5, 2));
    double evening = channel.equals("chat") ? 0.5 * Math.exp(-Math.pow((hour - 20) / 1.5, 2)) : 0;
    return 0.4 + morning + afternoon + evening;
  }
}
