package org.openwfm.web.infrastructure.demo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.openwfm.web.infrastructure.demo.DemoCentre.Agent;
import org.openwfm.web.infrastructure.demo.DemoCentre.Channel;
import org.openwfm.web.infrastructure.demo.DemoCentre.Queue;
import org.openwfm.web.infrastructure.demo.DemoCentre.Site;
import org.openwfm.web.infrastructure.demo.DemoCentre.Skill;
import org.openwfm.web.infrastructure.demo.DemoCentre.WorkMode;
import org.openwfm.web.infrastructure.demo.DemoNames.Community;
import org.openwfm.web.infrastructure.demo.DemoNames.Name;

/**
 * Builds the agents: names of the site's communities, the work-mode mix of hybrid contact centres
 * (71% hybrid, 20% remote, 9% office, drawn as exact quotas so the mix holds for every seed), some
 * remote agents living abroad, contracts, and language skills as the sites' labour markets supply
 * them: Estonians et+en and often ru, Russian-speaking Estonians ru+et+en, Finns fi+en, Hungarians
 * hu+en.
 */
final class AgentGenerator {

  /** Where remote agents of a site live when not in the site's country. */
  private static final Map<String, List<ZoneId>> ABROAD =
      Map.of(
          "tallinn", List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin")),
          "helsinki", List.of(ZoneId.of("Europe/Madrid"), ZoneId.of("Europe/Stockholm")),
          "budapest", List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Lisbon")));

  private final SplittableRandom random;
  private final Set<String> queueCodes = new HashSet<>();
  private final Set<String> usedNames = new HashSet<>();

  private AgentGenerator(long seed, List<Queue> queues) {
    this.random = DemoRandom.stream(seed, "agents");
    queues.forEach(queue -> queueCodes.add(queue.code()));
  }

  static List<Agent> generate(long seed, List<Site> sites, List<Queue> queues) {
    return new AgentGenerator(seed, queues).generate(sites);
  }

  private List<Agent> generate(List<Site> sites) {
    int total = sites.stream().mapToInt(s -> DemoCatalogue.AGENTS_PER_SITE.get(s.code())).sum();
    List<WorkMode> workModes =
        quotas(total, Map.of(WorkMode.HYBRID, 0.71, WorkMode.REMOTE, 0.20, WorkMode.OFFICE, 0.09));
    List<String> contracts =
        quotas(total, Map.of("full-time", 0.70, "part-time", 0.22, "student", 0.08));
    List<Agent> agents = new ArrayList<>();
    for (Site site : sites) {
      int count = DemoCatalogue.AGENTS_PER_SITE.get(site.code());
      for (int i = 0; i < count; i++) {
        int index = agents.size();
        boolean voiceTeam = i % 2 == 0;
        WorkMode workMode = workModes.get(index);
        Community community = community(site);
        Name name = uniqueName(community);
        agents.add(
            new Agent(
                "agent" + (index + 1),
                name.first(),
                name.last(),
                workMode,
                site.code(),
                site.code() + (voiceTeam ? "-voice" : "-digital"),
                contracts.get(index),
                homeTimeZone(site, workMode),
                skills(languages(site, community), voiceTeam)));
      }
    }
    return agents;
  }

  /** Exact counts per share (largest remainder), shuffled: the mix is the same for every seed. */
  private <T extends Comparable<T>> List<T> quotas(int total, Map<T, Double> shares) {
    List<T> keys = new ArrayList<>(shares.keySet());
    Collections.sort(keys);
    List<T> items = new ArrayList<>();
    for (T key : keys) {
      long count = Math.round(Math.floor(total * shares.get(key)));
      for (long i = 0; i < count; i++) {
        items.add(key);
      }
    }
    keys.sort(
        (a, b) -> Double.compare(fraction(total, shares.get(b)), fraction(total, shares.get(a))));
    for (int i = 0; items.size() < total; i++) {
      items.add(keys.get(i % keys.size()));
    }
    for (int i = items.size() - 1; i > 0; i--) {
      Collections.swap(items, i, random.nextInt(i + 1));
    }
    return items;
  }

  private static double fraction(int total, double share) {
    double exact = total * share;
    return exact - Math.floor(exact);
  }

  private Community community(Site site) {
    return switch (site.countryCode()) {
      case "EE" -> random.nextDouble() < 0.25 ? Community.RUSSIAN : Community.ESTONIAN;
      case "FI" -> random.nextDouble() < 0.10 ? Community.RUSSIAN : Community.FINNISH;
      default -> Community.HUNGARIAN;
    };
  }

  private Name uniqueName(Community community) {
    Name name = DemoNames.draw(random, community);
    for (int attempt = 0; attempt < 50 && usedNames.contains(name.toString()); attempt++) {
      name = DemoNames.draw(random, community);
    }
    usedNames.add(name.toString());
    return name;
  }

  private ZoneId homeTimeZone(Site site, WorkMode workMode) {
    if (workMode == WorkMode.REMOTE && random.nextDouble() < 0.35) {
      return DemoRandom.pick(random, ABROAD.get(site.code()));
    }
    return site.timeZone();
  }

  /** Language levels 1..5, the site's language first. */
  private Map<String, Integer> languages(Site site, Community community) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    if (community == Community.RUSSIAN) {
      levels.put(site.language(), DemoRandom.between(random, 2, 4));
      levels.put("ru", 5);
      maybe(levels, "en", 0.75, 2, 3);
    } else if (community == Community.ESTONIAN) {
      levels.put("et", DemoRandom.between(random, 4, 5));
      maybe(levels, "en", 0.90, 2, 4);
      maybe(levels, "ru", 0.45, 1, 3);
    } else if (community == Community.FINNISH) {
      levels.put("fi", DemoRandom.between(random, 4, 5));
      maybe(levels, "en", 0.95, 3, 4);
    } else {
      levels.put("hu", DemoRandom.between(random, 4, 5));
      maybe(levels, "en", 0.85, 2, 4);
    }
    return levels;
  }

  private void maybe(Map<String, Integer> levels, String language, double p, int from, int to) {
    if (random.nextDouble() < p) {
      levels.put(language, DemoRandom.between(random, from, to));
    }
  }

  /**
   * One skill per language and channel the agent's team works, where such a queue exists. The
   * team's main channel keeps the language level; side channels are a level or two lower.
   */
  private List<Skill> skills(Map<String, Integer> languages, boolean voiceTeam) {
    Map<Channel, Integer> channels = new LinkedHashMap<>();
    if (voiceTeam) {
      channels.put(Channel.VOICE, 0);
      if (random.nextDouble() < 0.5) {
        channels.put(Channel.CHAT, -1);
      }
    } else {
      channels.put(Channel.CHAT, 0);
      channels.put(Channel.EMAIL, random.nextDouble() < 0.5 ? 0 : -1);
      if (random.nextDouble() < 0.3) {
        channels.put(Channel.VOICE, -2);
      }
    }
    List<Skill> skills = new ArrayList<>();
    for (Map.Entry<String, Integer> language : languages.entrySet()) {
      for (Map.Entry<Channel, Integer> channel : channels.entrySet()) {
        String queueCode =
            channel.getKey().name().toLowerCase(Locale.ROOT) + "-" + language.getKey();
        if (queueCodes.contains(queueCode)) {
          int level = Math.max(1, Math.min(5, language.getValue() + channel.getValue()));
          skills.add(new Skill(queueCode, level));
        }
      }
    }
    return skills;
  }
}
