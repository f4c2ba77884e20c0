package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

  public List<AgentSummary> list() {
    List<Agent> agents = em.createNamedQuery("Agent.findAll", Agent.class)
        .setHint("eclipselink.batch", "a.skills")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
    return agents.stream().map(AgentSummary::of).toList();
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
