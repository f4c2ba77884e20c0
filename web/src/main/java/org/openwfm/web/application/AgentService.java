package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.domain.model.agent.Agent;
import org.openwfm.web.domain.model.agent.Skill;
import org.openwfm.web.domain.model.agent.WorkMode;
import org.openwfm.web.domain.model.queue.Queue;

/** Lists agents and edits their name, work mode, home time zone and skills. */
@ApplicationScoped
@Transactional
public class AgentService {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /**
   * All agents, by code. Two flat queries (agents, then all skills) instead of loading entities: the list is
   * read-only, and this stays fast for thousands of agents.
   */
  public List<AgentSummary> list() {
    Map<String, List<AgentSummary.SkillLevel>> skills = new HashMap<>();
    for (Object[] row : em.createQuery(
            "SELECT a.code, q.code, s.level FROM Agent a JOIN a.skills s JOIN s.queue q", Object[].class)
        .getResultList()) {
      skills.computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(new AgentSummary.SkillLevel((String) row[1], ((Number) row[2]).intValue()));
    }
    Comparator<AgentSummary.SkillLevel> bestFirst =
        Comparator.comparingInt(AgentSummary.SkillLevel::level).reversed().thenComparing(AgentSummary.SkillLevel::queue);
    List<AgentSummary> agents = new ArrayList<>();
    for (Object[] r : em.createQuery(
            "SELECT a.code, a.firstName, a.lastName, a.workMode, a.homeTimeZone, s.name, t.name, c.name, "
                + "c.minHoursPerWeek, c.maxHoursPerWeek, a.version "
                + "FROM Agent a JOIN a.site s JOIN a.team t JOIN a.contract c ORDER BY a.code", Object[].class)
        .getResultList()) {
      List<AgentSummary.SkillLevel> agentSkills = new ArrayList<>(skills.getOrDefault((String) r[0], List.of()));
      agentSkills.sort(bestFirst);
      agents.add(new AgentSummary((String) r[0], (String) r[1], (String) r[2], r[3].toString(), (String) r[4],
          (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
          List.copyOf(agentSkills), ((Number) r[10]).longValue()));
    }
    return agents;
  }

  public Optional<AgentSummary> find(String code) {
    return findEntity(code).map(AgentSummary::of);
  }

  public long count() {
    return em.createNamedQuery("Agent.count", Long.class).getSingleResult();
  }

  /**
   * Applies an edit, provided nobody saved the agent since the version in the edit.
   *
   * @throws ConcurrentEditException when the agent changed since it was read
   * @throws IllegalArgumentException naming the field when a value is invalid
   */
  public AgentSummary update(String code, AgentEdit edit) {
    Agent agent = findEntity(code).orElseThrow(() -> new NotFoundException("No agent with code '" + code + "'."));
    if (agent.getVersion() != edit.version()) {
      throw new ConcurrentEditException("Agent " + code);
    }
    agent.rename(edit.firstName(), edit.lastName());
    agent.assign(
        parseWorkMode(edit.workMode()),
        parseZone(edit.homeTimeZone()),
        agent.getSite(),
        agent.getTeam(),
        agent.getContract());
    List<Skill> skills = new ArrayList<>();
    for (AgentSummary.SkillLevel level : edit.skills()) {
      Queue queue = em.createNamedQuery("Queue.findByCode", Queue.class)
          .setParameter("code", level.queue())
          .getResultStream()
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("skills: unknown queue '" + level.queue() + "'."));
      skills.add(new Skill(queue, level.level()));
    }
    agent.replaceSkills(skills);
    // Editing only the skills must still bump the version, so that concurrent skill edits conflict.
    em.lock(agent, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return AgentSummary.of(agent);
  }

  private Optional<Agent> findEntity(String code) {
    return em.createNamedQuery("Agent.findByCode", Agent.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private static WorkMode parseWorkMode(String value) {
    try {
      return WorkMode.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("workMode: expected OFFICE, HYBRID or REMOTE, was '" + value + "'.");
    }
  }

  private static ZoneId parseZone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException(
          "homeTimeZone: expected a time zone such as Europe/Tallinn, was '" + value + "'.");
    }
  }
}
