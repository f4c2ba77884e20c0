package org.openwfm.web.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openwfm.web.domain.model.absence.Absence;
import org.openwfm.web.domain.model.agent.Agent;
import org.openwfm.web.domain.model.agent.Skill;
import org.openwfm.web.domain.model.agent.WorkMode;
import org.openwfm.web.domain.model.calendar.CalendarEvent;
import org.openwfm.web.domain.model.organisation.Contract;
import org.openwfm.web.domain.model.organisation.Site;
import org.openwfm.web.domain.model.organisation.Team;
import org.openwfm.web.domain.model.queue.Channel;
import org.openwfm.web.domain.model.queue.Queue;
import org.openwfm.web.domain.model.user.Role;
import org.openwfm.web.domain.model.user.User;
import org.openwfm.web.infrastructure.demo.DemoCentre;
import org.openwfm.web.infrastructure.demo.DemoCentreGenerator;
import org.openwfm.web.infrastructure.persistence.Settings;
import org.openwfm.web.infrastructure.security.PasswordHasher;

/**
 * Loads the seeded demo centre ({@link DemoCentreGenerator}) into an empty database, once. By default only
 * the embedded H2 database gets demo data: a MySQL production database never gets demo users unless
 * {@code WFM_DEMO_DATA=true} asks for it explicitly (test databases). The claim on the {@code demo.loaded}
 * setting row makes the load happen once even when several servers start together, and a restart finds the
 * row and leaves the data alone.
 */
@ApplicationScoped
public class DemoDataLoader {

  /** The demo centre's seed: the same centre on every machine. */
  public static final long SEED = 20260214L;

  /** Password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
  private static final int BATCH = 2000;

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private PasswordHasher passwordHasher;

  private final Clock clock = Clock.systemDefaultZone();

  /** Loads the demo centre if wanted (see the class comment) and not loaded before. */
  @Transactional
  public void loadIfWanted() {
    boolean wanted = RuntimeOptions.demoData().orElseGet(this::isEmbeddedDatabase);
    if (!wanted || settings.get("demo.loaded").isPresent() || hasAgents()) {
      return;
    }
    if (!settings.insertIfAbsent("demo.loaded", LocalDate.now(clock).toString())) {
      return;
    }
    long started = System.nanoTime();
    DemoCentre centre = DemoCentreGenerator.generate(SEED, LocalDate.now(clock).minusDays(1));
    Map<String, Queue> queues = load(centre);
    int rows = loadHistory(centre, queues);
    LOG.info(() -> "Loaded the demo centre: " + centre.agents().size() + " agents, " + queues.size()
        + " queues, " + rows + " history intervals in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
  }

  private boolean hasAgents() {
    return em.createNamedQuery("Agent.count", Long.class).getSingleResult() > 0;
  }

  private boolean isEmbeddedDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product name: " + e.getMessage(), e);
    }
  }

  private Map<String, Queue> load(DemoCentre centre) {
    Map<String, Site> sites = new HashMap<>();
    for (DemoCentre.Site s : centre.sites()) {
      Site site = new Site(s.code(), s.name(), s.timeZone(), s.officeSeats());
      em.persist(site);
      sites.put(s.code(), site);
    }
    Map<String, Team> teams = new HashMap<>();
    for (DemoCentre.Team t : centre.teams()) {
      Team team = new Team(t.code(), t.name(), sites.get(t.siteCode()));
      em.persist(team);
      teams.put(t.code(), team);
    }
    Map<String, Contract> contracts = new HashMap<>();
    for (DemoCentre.Contract c : centre.contracts()) {
      Contract contract = new Contract(c.code(), c.name(), c.minHoursPerWeek(), c.maxHoursPerWeek(),
          c.maxConsecutiveDays(), c.minRestHours());
      em.persist(contract);
      contracts.put(c.code(), contract);
    }
    Map<String, Queue> queues = new HashMap<>();
    for (DemoCentre.Queue q : centre.queues()) {
      Queue queue = new Queue(q.code(), q.name(), Channel.valueOf(q.channel().name()), q.language(), q.timeZone(),
          q.serviceLevelTarget(), q.serviceLevelThresholdSeconds());
      em.persist(queue);
      queues.put(q.code(), queue);
    }
    Map<String, Agent> agents = new HashMap<>();
    for (DemoCentre.Agent a : centre.agents()) {
      Agent agent = new Agent(a.code(), a.firstName(), a.lastName(), WorkMode.valueOf(a.workMode().name()),
          a.homeTimeZone(), sites.get(a.siteCode()), teams.get(a.teamCode()), contracts.get(a.contractCode()));
      agent.replaceSkills(a.skills().stream().map(s -> new Skill(queues.get(s.queueCode()), s.level())).toList());
      em.persist(agent);
      agents.put(a.code(), agent);
    }
    for (DemoCentre.Event e : centre.events()) {
      em.persist(new CalendarEvent(e.dateFrom(), e.dateTo(), e.kind(), e.name(),
          e.queueCode().map(queues::get).orElse(null), e.siteCode().map(sites::get).orElse(null),
          e.factor().isPresent() ? e.factor().getAsDouble() : null));
    }
    for (DemoCentre.Absence a : centre.absences()) {
      em.persist(new Absence(agents.get(a.agentCode()), a.code(), a.dateFrom(), a.dateTo()));
    }
    loadUsers(centre, agents);
    em.flush();
    return queues;
  }

  private void loadUsers(DemoCentre centre, Map<String, Agent> agents) {
    // One hash for all demo users: PBKDF2 is slow on purpose, and they share the password anyway.
    String hash = passwordHasher.hash(DEMO_PASSWORD);
    em.persist(new User("planner", hash, "Paula Planner", "en", EnumSet.of(Role.PLANNER)));
    em.persist(new User("manager", hash, "Mart Manager", "en", EnumSet.of(Role.MANAGER)));
    em.persist(new User("hr", hash, "Helena HR", "en", EnumSet.of(Role.HR)));
    em.persist(new User("admin", hash, "Adam Admin", "en", EnumSet.of(Role.ADMIN)));
    for (DemoCentre.Agent a : centre.agents()) {
      User user = new User(a.code(), hash, a.firstName() + " " + a.lastName(), "en", EnumSet.of(Role.AGENT));
      user.linkAgent(agents.get(a.code()));
      em.persist(user);
    }
  }

  private int loadHistory(DemoCentre centre, Map<String, Queue> queues) {
    int rows = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO history_interval (queue_id, interval_start, interval_minutes, offered, handled,"
                + " abandoned, aht_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Iterator<DemoCentre.HistoryInterval> history = centre.history().iterator();
      int pending = 0;
      while (history.hasNext()) {
        DemoCentre.HistoryInterval interval = history.next();
        insert.setLong(1, queues.get(interval.queueCode()).getId());
        insert.setTimestamp(2, Timestamp.valueOf(interval.intervalStart()));
        insert.setInt(3, DemoCentre.INTERVAL_MINUTES);
        insert.setDouble(4, interval.offered());
        insert.setDouble(5, interval.handled());
        insert.setDouble(6, interval.abandoned());
        insert.setDouble(7, interval.ahtSeconds());
        insert.addBatch();
        rows++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Loading demo history failed: " + e.getMessage(), e);
    }
    return rows;
  }
}
