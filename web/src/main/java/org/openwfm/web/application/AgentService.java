package org.openwfm.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  private static final String SUMMARY_COLUMNS =
      "SELECT a.code, a.firstName, a.lastName, a.workMode, a.homeTimeZone, s.name, t.name, c.name, "
          + "c.minHoursPerWeek, c.maxHoursPerWeek, a.version ";
  private static final String FROM = "FROM Agent a JOIN a.site s JOIN a.team t JOIN a.contract c";
  private static final Map<String, String> SORTS = Map.of(
      "code", "a.code", "lastName", "a.lastName", "site", "s.name", "team", "t.name", "workMode", "a.workMode");

  /**
   * All agents, by code. Flat queries (agents, then skills) instead of loading entities: the list is read-only,
   * and this stays fast for thousands of agents.
   */
  public List<AgentSummary> list() {
    List<Object[]> rows = em.createQuery(SUMMARY_COLUMNS + FROM + " ORDER BY a.code", Object[].class).getResultList();
    return summaries(rows, skills(em.createQuery(
        "SELECT a.code, q.code, k.level FROM Agent a JOIN a.skills k JOIN k.queue q", Object[].class)));
  }

  /** How many agents match the query's filters (its paging and sort are ignored). */
  public long count(AgentQuery query) {
    Filters filters = filters(query);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) " + FROM + filters.where(), Long.class);
    filters.parameters().forEach(count::setParameter);
    return count.getSingleResult();
  }

  /** One page of agents, filtered and sorted in the database. */
  public List<AgentSummary> page(AgentQuery query) {
    Filters filters = filters(query);
    String order = SORTS.getOrDefault(query.sort(), "a.code") + (query.ascending() ? " ASC" : " DESC")
        + (query.sort().equals("code") ? "" : ", a.code");
    TypedQuery<Object[]> rows = em.createQuery(
            SUMMARY_COLUMNS + FROM + filters.where() + " ORDER BY " + order, Object[].class)
        .setFirstResult(query.first())
        .setMaxResults(query.pageSize());
    filters.parameters().forEach(rows::setParameter);
    List<Object[]> page = rows.getResultList();
    List<String> codes = page.stream().map(r -> (String) r[0]).toList();
    Map<String, List<AgentSummary.SkillLevel>> skills = codes.isEmpty() ? Map.of() : skills(em.createQuery(
            "SELECT a.code, q.code, k.level FROM Agent a JOIN a.skills k JOIN k.queue q WHERE a.code IN :codes",
            Object[].class)
        .setParameter("codes", codes));
    return summaries(page, skills);
  }

  /** A JPQL condition over {@link #FROM} and its parameters. */
  private record Filters(String where, Map<String, Object> parameters) {}

  private static Filters filters(AgentQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    query.code().ifPresent(v -> like(where, parameters, "LOWER(a.code)", "code", v));
    query.name().ifPresent(v -> like(where, parameters, "LOWER(CONCAT(a.firstName, ' ', a.lastName))", "name", v));
    query.site().ifPresent(v -> {
      where.append(" AND s.name = :site");
      parameters.put("site", v);
    });
    query.team().ifPresent(v -> like(where, parameters, "LOWER(t.name)", "team", v));
    query.workMode().ifPresent(v -> {
      where.append(" AND a.workMode = :workMode");
      parameters.put("workMode", parseWorkMode(v));
    });
    query.skill().ifPresent(v -> {
      where.append(" AND a.code IN (SELECT a2.code FROM Agent a2 JOIN a2.skills k2 JOIN k2.queue q2"
          + " WHERE LOWER(q2.code) LIKE :skill)");
      parameters.put("skill", "%" + v.toLowerCase(Locale.ROOT) + "%");
    });
    return new Filters(where.toString(), parameters);
  }

  private static void like(StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
    where.append(" AND ").append(path).append(" LIKE :").append(name);
    parameters.put(name, "%" + value.toLowerCase(Locale.ROOT) + "%");
  }

  private static Map<String, List<AgentSummary.SkillLevel>> skills(TypedQuery<Object[]> query) {
    Map<String, List<AgentSummary.SkillLevel>> skills = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      skills.computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(new AgentSummary.SkillLevel((String) row[1], ((Number) row[2]).intValue()));
    }
    return skills;
  }

  private static List<AgentSummary> summaries(List<Object[]> rows, Map<String, List<AgentSummary.SkillLevel>> skills) {
    Comparator<AgentSummary.SkillLevel> bestFirst =
        Comparator.comparingInt(AgentSummary.SkillLevel::level).reversed().thenComparing(AgentSummary.SkillLevel::queue);
    List<AgentSummary> agents = new ArrayList<>();
    for (Object[] r : rows) {
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
