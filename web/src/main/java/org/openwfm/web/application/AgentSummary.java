package org.openwfm.web.application;

import java.util.List;
import org.openwfm.web.domain.model.agent.Agent;

/**
 * An agent as the portal and the API show it, with skills as {@code queue:level} and the contract rules.
 *
 * @param version optimistic-lock version to send back with an edit
 */
public record AgentSummary(
    String code,
    String firstName,
    String lastName,
    String workMode,
    String homeTimeZone,
    String site,
    String team,
    String contract,
    int minHoursPerWeek,
    int maxHoursPerWeek,
    List<SkillLevel> skills,
    long version) {

  /** A skill: the queue code and the level, 1 (novice) to 5 (expert). */
  public record SkillLevel(String queue, int level) {}

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** Skills in one line, e.g. {@code voice-et 5, chat-et 3}. */
  public String skillsText() {
    return String.join(", ", skills.stream().map(s -> s.queue() + " " + s.level()).toList());
  }

  static AgentSummary of(Agent a) {
    return new AgentSummary(
        a.getCode(),
        a.getFirstName(),
        a.getLastName(),
        a.getWorkMode().name(),
        a.getHomeTimeZone().getId(),
        a.getSite().getName(),
        a.getTeam().getName(),
        a.getContract().getName(),
        a.getContract().getMinHoursPerWeek(),
        a.getContract().getMaxHoursPerWeek(),
        a.getSkills().stream().map(s -> new SkillLevel(s.getQueue().getCode(), s.getLevel())).toList(),
        a.getVersion());
  }
}
