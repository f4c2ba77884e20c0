package org.openwfm.web.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.web.application.AgentEdit;
import org.openwfm.web.application.AgentService;
import org.openwfm.web.application.AgentSummary;
import org.openwfm.web.application.QueueService;
import org.openwfm.web.application.QueueSummary;

/** One agent: details (skills, contract) and, for planners, the edit form with conflict detection. */
@Named
@ViewScoped
public class AgentBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An editable skill row. */
  public static final class SkillRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String queue;
    private int level;

    SkillRow(String queue, int level) {
      this.queue = queue;
      this.level = level;
    }

    public String getQueue() {
      return queue;
    }

    public void setQueue(String queue) {
      this.queue = queue;
    }

    public int getLevel() {
      return level;
    }

    public void setLevel(int level) {
      this.level = level;
    }
  }

  @Inject private transient AgentService agents;
  @Inject private transient QueueService queues;

  private String code;
  private AgentSummary agent;
  private String firstName;
  private String lastName;
  private String workMode;
  private String homeTimeZone;
  private List<SkillRow> skills = new ArrayList<>();

  /** Loads the agent named by the {@code code} view parameter. */
  public void load() {
    agent = agents.find(code == null ? "" : code).orElse(null);
    if (agent != null) {
      firstName = agent.firstName();
      lastName = agent.lastName();
      workMode = agent.workMode();
      homeTimeZone = agent.homeTimeZone();
      skills = new ArrayList<>(agent.skills().stream().map(s -> new SkillRow(s.queue(), s.level())).toList());
    }
  }

  public void addSkill() {
    skills.add(new SkillRow(queues.list().get(0).code(), 3));
  }

  public void removeSkill(SkillRow row) {
    skills.remove(row);
  }

  public void save() {
    try {
      agent = agents.update(code, new AgentEdit(agent.version(), firstName, lastName, workMode, homeTimeZone,
          skills.stream().map(s -> new AgentSummary.SkillLevel(s.getQueue(), s.getLevel())).toList()));
      Messages.info("agent.saved", agent.fullName());
    } catch (RuntimeException e) {
      Messages.error(EditFailures.messageFor(e).orElseThrow(() -> e));
    }
  }

  public List<String> getQueueCodes() {
    return queues.list().stream().map(QueueSummary::code).toList();
  }

  public List<String> getTimeZones() {
    return ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("Europe/")).sorted().toList();
  }

  public List<String> getWorkModes() {
    return List.of("OFFICE", "HYBRID", "REMOTE");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public AgentSummary getAgent() {
    return agent;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getWorkMode() {
    return workMode;
  }

  public void setWorkMode(String workMode) {
    this.workMode = workMode;
  }

  public String getHomeTimeZone() {
    return homeTimeZone;
  }

  public void setHomeTimeZone(String homeTimeZone) {
    this.homeTimeZone = homeTimeZone;
  }

  public List<SkillRow> getSkills() {
    return skills;
  }
}
