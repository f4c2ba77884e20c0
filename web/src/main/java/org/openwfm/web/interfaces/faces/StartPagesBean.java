package org.openwfm.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.application.AbsenteeismService;
import org.openwfm.web.application.AgentService;
import org.openwfm.web.application.AgentSummary;
import org.openwfm.web.application.OverviewService;
import org.openwfm.web.application.QueueService;
import org.openwfm.web.application.UserService;

/** The figures each role's start page shows. */
@Named("start")
@RequestScoped
public class StartPagesBean {

  /** Days over which HR's start page measures absenteeism. */
  static final int ABSENTEEISM_DAYS = 90;

  @Inject private OverviewService overview;
  @Inject private AbsenteeismService absenteeism;
  @Inject private QueueService queues;
  @Inject private AgentService agents;
  @Inject private UserService users;
  @Inject private SecurityContext securityContext;

  public List<OverviewService.QueueHistory> getHistoryByQueue() {
    return overview.historyByQueue();
  }

  public List<OverviewService.SiteStaff> getStaffBySite() {
    return overview.staffBySite();
  }

  public int getQueueCount() {
    return queues.list().size();
  }

  public long getAgentCount() {
    return agents.count();
  }

  public LocalDate getAbsenteeismFrom() {
    return LocalDate.now().minusDays(ABSENTEEISM_DAYS);
  }

  public LocalDate getAbsenteeismTo() {
    return LocalDate.now().minusDays(1);
  }

  public List<AbsenteeismService.TeamAbsenteeism> getAbsenteeismByTeam() {
    return absenteeism.byTeam(getAbsenteeismFrom(), getAbsenteeismTo());
  }

  public List<UserService.UserSummary> getUsers() {
    return users.list();
  }

  /** The logged-in agent's own record, if the user is linked to an agent. */
  public Optional<AgentSummary> getMyAgent() {
    return users.find(securityContext.getCallerPrincipal().getName())
        .flatMap(UserService.UserSummary::agentCode)
        .flatMap(agents::find);
  }
}
