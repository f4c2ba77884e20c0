package org.openwfm.web.domain.model.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openwfm.web.domain.model.organisation.Contract;
import org.openwfm.web.domain.model.organisation.Site;
import org.openwfm.web.domain.model.organisation.Team;

/**
 * An agent and the aggregate of the agent's skills. The agent belongs to one site, team and contract; a
 * remote agent may live in another time zone than the site ({@link #getHomeTimeZone()}), which the
 * scheduler honours for allowed local working hours. Skills are replaced as a whole so that the version
 * check guards concurrent edits of the skill set too.
 */
@Entity
@Table(name = "agent")
@NamedQuery(
    name = "Agent.findAll",
    query = "SELECT a FROM Agent a JOIN FETCH a.site JOIN FETCH a.team JOIN FETCH a.contract ORDER BY a.code")
@NamedQuery(name = "Agent.findByCode", query = "SELECT a FROM Agent a WHERE a.code = :code")
@NamedQuery(name = "Agent.count", query = "SELECT COUNT(a) FROM Agent a")
public class Agent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_mode", nullable = false, length = 20)
  private WorkMode workMode;

  @Column(name = "home_time_zone", nullable = false, length = 60)
  private String homeTimeZone;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
  private List<Skill> skills = new ArrayList<>();

  @Version private long version;

  protected Agent() {}

  public Agent(
      String code,
      String firstName,
      String lastName,
      WorkMode workMode,
      ZoneId homeTimeZone,
      Site site,
      Team team,
      Contract contract) {
    this.code = Objects.requireNonNull(code, "Agent code is required.");
    rename(firstName, lastName);
    assign(workMode, homeTimeZone, site, team, contract);
  }

  /** Changes the agent's name. */
  public void rename(String newFirstName, String newLastName) {
    if (newFirstName == null || newFirstName.isBlank()) {
      throw new IllegalArgumentException("First name is required.");
    }
    if (newLastName == null || newLastName.isBlank()) {
      throw new IllegalArgumentException("Last name is required.");
    }
    this.firstName = newFirstName.strip();
    this.lastName = newLastName.strip();
  }

  /** Moves the agent to a work mode, home time zone, site, team and contract. */
  public void assign(WorkMode newWorkMode, ZoneId newHomeTimeZone, Site newSite, Team newTeam, Contract newContract) {
    this.workMode = Objects.requireNonNull(newWorkMode, "Work mode is required.");
    this.homeTimeZone = Objects.requireNonNull(newHomeTimeZone, "Home time zone is required.").getId();
    this.site = Objects.requireNonNull(newSite, "Site is required.");
    this.team = Objects.requireNonNull(newTeam, "Team is required.");
    this.contract = Objects.requireNonNull(newContract, "Contract is required.");
    if (newWorkMode == WorkMode.OFFICE && !newHomeTimeZone.equals(newSite.getTimeZone())) {
      throw new IllegalArgumentException(
          "An office agent works at the site, so the home time zone must be the site's ("
              + newSite.getTimeZone()
              + ").");
    }
  }

  /** Replaces the skill set; an agent needs at least one skill and at most one per queue. */
  public void replaceSkills(List<Skill> newSkills) {
    if (newSkills.isEmpty()) {
      throw new IllegalArgumentException("An agent needs at least one skill.");
    }
    if (newSkills.stream().map(s -> s.getQueue().getCode()).distinct().count() != newSkills.size()) {
      throw new IllegalArgumentException("An agent can have only one skill level per queue.");
    }
    skills.clear();
    skills.addAll(newSkills);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public WorkMode getWorkMode() {
    return workMode;
  }

  public ZoneId getHomeTimeZone() {
    return ZoneId.of(homeTimeZone);
  }

  public Site getSite() {
    return site;
  }

  public Team getTeam() {
    return team;
  }

  public Contract getContract() {
    return contract;
  }

  /** The skills, highest level first. */
  public List<Skill> getSkills() {
    return skills.stream()
        .sorted(Comparator.comparingInt(Skill::getLevel).reversed().thenComparing(s -> s.getQueue().getCode()))
        .toList();
  }

  public long getVersion() {
    return version;
  }
}
